import type { MeetingSession, NewMeetingSession } from '@/db/schema';
import { addDays, instantToZonedLocal, zonedDate, zonedLocalToInstant } from '../time-zones';

type SessionTimes = Pick<MeetingSession, 'startsAt' | 'endsAt'>;
type MeetingDays = { startDate: string; endDate: string; timeZone: string };

/**
 * An instant moved by whole days, keeping its wall-clock time: read in `fromZone`, then placed in
 * `toZone` (a 09:30 opening stays 09:30, across a daylight-saving change or a move to another zone).
 */
function shiftInstant(instant: Date, days: number, fromZone: string, toZone: string): Date {
  const [date, time] = instantToZonedLocal(instant, fromZone).split('T') as [string, string];
  return zonedLocalToInstant(`${addDays(date, days)}T${time}`, toZone);
}

export function shiftSessionTimes<S extends SessionTimes>(session: S, days: number, fromZone: string, toZone = fromZone): S {
  return { ...session, startsAt: shiftInstant(session.startsAt, days, fromZone, toZone), endsAt: shiftInstant(session.endsAt, days, fromZone, toZone) };
}

/** The sessions of one meeting copied to another, moved by whole days in the meeting's time zone. */
export function shiftTimetable(
  sessions: Pick<MeetingSession, 'title' | 'startsAt' | 'endsAt' | 'room'>[],
  days: number,
  timeZone: string,
  meetingId: string,
): NewMeetingSession[] {
  return sessions.map((session) => {
    const { startsAt, endsAt } = shiftSessionTimes(session, days, timeZone);
    return { meetingId, title: session.title, room: session.room, startsAt, endsAt };
  });
}

/** A session belongs to its meeting's days: it starts on or after the first and ends on or before the last, where the meeting is held. */
export function isWithinMeetingDays(session: SessionTimes, meeting: MeetingDays): boolean {
  return zonedDate(session.startsAt, meeting.timeZone) >= meeting.startDate && zonedDate(session.endsAt, meeting.timeZone) <= meeting.endDate;
}
