import 'server-only';
import { listMeetings, listMeetingYears, listSeries, type MeetingListRow } from '@/db/queries/meetings';
import type { MeetingSeries } from '@/db/schema';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import type { FindMeetingsInput } from './schemas';

type MeetingsPage = Page<MeetingListRow> & { series: MeetingSeries[]; years: number[] };

// Everyone signed in sees the programme's meetings, upcoming first and then past ones, by series and year.
export async function findMeetings({ actor, input }: { actor: Actor; input: FindMeetingsInput }): Promise<MeetingsPage> {
  assertCan(actor, 'meetings:read');
  return meetingsPage(input);
}

// Anyone, signed out, finds the same meetings: what each public page shows of one is public already.
export function findPublicMeetings({ input }: { input: FindMeetingsInput }): Promise<MeetingsPage> {
  return meetingsPage(input);
}

async function meetingsPage(input: FindMeetingsInput): Promise<MeetingsPage> {
  const window = pageWindow(input.page);
  const [{ rows, total }, series, years] = await Promise.all([
    listMeetings({ limit: window.pageSize, offset: window.offset, seriesCode: input.series, year: input.year }),
    listSeries(),
    listMeetingYears(),
  ]);
  return { ...toPage(rows, total, window), series, years };
}
