import 'server-only';
import { listMeetings, listMeetingYears, listSeries, type MeetingListRow } from '@/db/queries/meetings';
import type { MeetingSeries } from '@/db/schema';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import type { FindMeetingsInput } from './schemas';

// Everyone signed in sees the programme's meetings, upcoming first and then past ones, by series and year.
export async function findMeetings({
  actor,
  input,
}: {
  actor: Actor;
  input: FindMeetingsInput;
}): Promise<Page<MeetingListRow> & { series: MeetingSeries[]; years: number[] }> {
  assertCan(actor, 'meetings:read');
  const window = pageWindow(input.page);
  const [{ rows, total }, series, years] = await Promise.all([
    listMeetings({ limit: window.pageSize, offset: window.offset, seriesCode: input.series, year: input.year }),
    listSeries(),
    listMeetingYears(),
  ]);
  return { ...toPage(rows, total, window), series, years };
}
