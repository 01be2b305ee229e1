import type { MeetingSession, NewMeetingSession } from '@/db/schema';
import { addDays, instantToZonedLocal, zonedLocalToInstant } from '../time-zones';

/**
 * The sessions of one meeting moved to another by whole days, keeping their wall-clock times in the
 * meeting's time zone (a 09:30 opening stays 09:30 even across a daylight-saving change).
 */
export function shiftTimetable(
  sessions: Pick<MeetingSession, 'title' | 'startsAt' | 'endsAt' | 'room'>[],
  days: number,
  timeZone: string,
  meetingId: string,
): NewMeetingSession[] {
  const shift = (instant: Date) => {
    const [date, time] = instantToZonedLocal(instant, timeZone).split('T') as [string, string];
    return zonedLocalToInstant(`${addDays(date, days)}T${time}`, timeZone);
  };
  return sessions.map((session) => ({
    meetingId,
    title: session.title,
    room: session.room,
    startsAt: shift(session.startsAt),
    endsAt: shift(session.endsAt),
  }));
}
