import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { addDays } from '../time-zones';

type CalendarMeeting = Pick<MeetingDetail, 'id' | 'title' | 'startDate' | 'endDate' | 'timeZone' | 'city' | 'venue' | 'hostName' | 'status' | 'version'>;

/**
 * An iCalendar file for a meeting: the meeting itself as an all-day event over its days, and each
 * session as a timed event. Cancelled meetings export as cancelled so calendars drop them.
 * Calendar apps take a file for a newer revision of events they hold only when SEQUENCE is higher
 * (RFC 5546), so it follows the meeting's version, which starts at 1.
 */
export function buildMeetingCalendar({
  meeting,
  sessions,
  pageUrl,
}: {
  meeting: CalendarMeeting;
  sessions: Pick<MeetingSession, 'id' | 'title' | 'startsAt' | 'endsAt' | 'room'>[];
  pageUrl: string;
}): string {
  const calendar = ical({ name: meeting.title, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'NEASPEC', product: 'Secretariat' } });
  const place = [meeting.venue, meeting.city, meeting.hostName].filter(Boolean).join(', ');
  const status = meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
  const sequence = meeting.version - 1;
  calendar.createEvent({
    id: `meeting-${meeting.id}@secretariat`,
    summary: meeting.title,
    // All-day dates are calendar days; iCalendar's end day is exclusive.
    start: new Date(`${meeting.startDate}T00:00:00Z`),
    end: new Date(`${addDays(meeting.endDate, 1)}T00:00:00Z`),
    allDay: true,
    location: place || null,
    url: pageUrl,
    status,
    sequence,
  });
  for (const session of sessions) {
    calendar.createEvent({
      id: `session-${session.id}@secretariat`,
      summary: `${session.title} (${meeting.title})`,
      start: session.startsAt,
      end: session.endsAt,
      location: [session.room, place].filter(Boolean).join(', ') || null,
      url: pageUrl,
      status,
      sequence,
    });
  }
  return calendar.toString();
}
