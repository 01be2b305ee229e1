import type { MeetingDetail } from '@/db/queries/meetings';

/** "10-11 January 2030, Seoul": the line under a meeting's title on printed papers. */
export function meetingLine(meeting: Pick<MeetingDetail, 'startDate' | 'endDate' | 'city'>): string {
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const dates =
    meeting.startDate === meeting.endDate
      ? format(meeting.startDate, { day: 'numeric', month: 'long', year: 'numeric' })
      : `${format(meeting.startDate, { day: 'numeric', month: 'long', year: 'numeric' })} - ${format(meeting.endDate, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  return meeting.city ? `${dates}, ${meeting.city}` : dates;
}
