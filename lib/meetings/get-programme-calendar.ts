import 'server-only';
import { listCalendarMeetings, listSeries } from '@/db/queries/meetings';
import type { MeetingSeries } from '@/db/schema';
import { AppError } from '../errors';
import { publicMeetingUrl, type CalendarEntry } from './meeting-calendar';
import type { ProgrammeCalendarInput } from './schemas';

/**
 * How many meetings the programme's calendar holds: NEASPEC's whole history many times over, and at
 * a hundred times its meetings still a file a calendar app takes in one go (the latest meetings).
 */
export const programmeCalendarSize = 150;

/**
 * The programme's meetings for a calendar subscription, as anyone may see them on the public pages:
 * the latest `programmeCalendarSize` by their first day, of one series if asked (an unknown series is
 * not found, so a mistyped subscription says so rather than staying empty).
 */
export async function getProgrammeCalendar({ input }: { input: ProgrammeCalendarInput }): Promise<{ series: MeetingSeries | null; entries: CalendarEntry[] }> {
  const series = input.series ? (await listSeries()).find((s) => s.code === input.series) : null;
  if (series === undefined) throw new AppError('NOT_FOUND', 'notFound');
  const rows = await listCalendarMeetings({ limit: programmeCalendarSize, seriesId: series?.id });
  return { series, entries: rows.map(({ sessions, ...meeting }) => ({ meeting, sessions, pageUrl: publicMeetingUrl(meeting.id) })) };
}
