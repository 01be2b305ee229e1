import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { publicUrl } from '../config';
import { addDays } from '../time-zones';

type CalendarMeeting = Pick<MeetingDetail, 'id' | 'title' | 'startDate' | 'endDate' | 'timeZone' | 'city' | 'venue' | 'hostName' | 'status' | 'version'>;
type CalendarSession = Pick<MeetingSession, 'id' | 'title' | 'startsAt' | 'endsAt' | 'room'>;

/** A meeting with its sessions and the public page its events link to. */
export type CalendarEntry = { meeting: CalendarMeeting; sessions: CalendarSession[]; pageUrl: string };

/** How often a subscribed calendar app is asked to look again (X-PUBLISHED-TTL), in seconds. */
const programmeCalendarRefreshSeconds = 6 * 60 * 60;

/** Where a calendar event links: the meeting's public page, which anyone may open. */
export const publicMeetingUrl = (meetingId: string) => new URL(`/public/meetings/${meetingId}`, publicUrl).toString();

/**
 * The programme's calendar feed, or one series', at the public address: as https to copy into a
 * calendar app, and as webcal, the scheme that opens the reader's calendar app to subscribe.
 */
export function programmeCalendarUrls(seriesCode?: string, origin: string = publicUrl): { https: string; webcal: string } {
  const url = new URL('/public/calendar.ics', origin);
  if (seriesCode) url.searchParams.set('series', seriesCode);
  return { https: url.toString(), webcal: url.toString().replace(/^https?:/, 'webcal:') };
}

const newCalendar = (name: string) =>
  ical({ name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'NEASPEC', product: 'Secretariat' } });

/**
 * An iCalendar file for a meeting: the meeting itself as an all-day event over its days, and each
 * session as a timed event. Cancelled meetings export as cancelled so calendars drop them.
 */
export function buildMeetingCalendar(entry: CalendarEntry): string {
  const calendar = newCalendar(entry.meeting.title);
  addMeetingEvents(calendar, entry);
  return calendar.toString();
}

/**
 * The programme's calendar, to subscribe to: the given meetings, each with its sessions, under the
 * same event ids as each meeting's own file, so a meeting imported from its page and later received
 * by subscription is one event, not two.
 */
export function buildProgrammeCalendar({ name, entries }: { name: string; entries: CalendarEntry[] }): string {
  const calendar = newCalendar(name);
  calendar.ttl(programmeCalendarRefreshSeconds);
  for (const entry of entries) addMeetingEvents(calendar, entry);
  return calendar.toString();
}

/**
 * Calendar apps take a newer revision of events they hold only when SEQUENCE is higher (RFC 5546), so
 * it follows the meeting's version, which starts at 1.
 */
function addMeetingEvents(calendar: ICalCalendar, { meeting, sessions, pageUrl }: CalendarEntry): void {
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
}
