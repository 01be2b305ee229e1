import { listMeetings, type MeetingListRow } from '@/db/queries/meetings';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import type { FindMeetingsInput } from './schemas';


// Everyone signed in sees the programme's meetings: upcoming first, then past ones.
export async function findMeetings({
  actor,
  input,
}: {
  actor: Actor;
  input: FindMeetingsInput;
}): Promise<Page<MeetingListRow>> {
  assertCan(actor, 'meetings:read');
  const window = pageWindow(input.page);
  const { rows, total } = await listMeetings({ limit: window.pageSize, offset: window.offset });
  return toPage(rows, total, window);
}
