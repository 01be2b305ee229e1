import { addDays, daysBetween } from '../time-zones';

/** Every day of a meeting, first to last ("YYYY-MM-DD"). */
export function meetingDays(meeting: { startDate: string; endDate: string }): string[] {
  const count = Math.max(0, daysBetween(meeting.startDate, meeting.endDate)) + 1;
  return Array.from({ length: count }, (_, index) => addDays(meeting.startDate, index));
}

export function isMeetingDay(meeting: { startDate: string; endDate: string }, day: string): boolean {
  return day >= meeting.startDate && day <= meeting.endDate;
}
