import { addDays, daysBetween } from '../time-zones';

/** Every day of a meeting, first to last ("YYYY-MM-DD"). */
export function meetingDays(meeting: { startDate: string; endDate: string }): string[] {
  const count = Math.max(0, daysBetween(meeting.startDate, meeting.endDate)) + 1;
  return Array.from({ length: count }, (_, index) => addDays(meeting.startDate, index));
}

export function isMeetingDay(meeting: { startDate: string; endDate: string }, day: string): boolean {
  return day >= meeting.startDate && day <= meeting.endDate;
}

/**
 * Why nobody can be checked in on a day, or null when they can: attendance is recorded on a day of
 * the meeting that has come (today where the meeting is held, or a day before it, from a late sheet).
 */
export function checkInDayRefusal(
  meeting: { startDate: string; endDate: string },
  day: string,
  today: string,
): 'checkInOutsideMeeting' | 'checkInFutureDay' | null {
  if (!isMeetingDay(meeting, day)) return 'checkInOutsideMeeting';
  if (day > today) return 'checkInFutureDay';
  return null;
}
