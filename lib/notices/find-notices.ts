import 'server-only';
import { findMeetingDetail } from '@/db/queries/meetings';
import { listMeetingNotices, listNoticeContacts } from '@/db/queries/notices';
import { AppError } from '../errors';
import { pageWindow, toPage } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { audienceSizes } from './recipients';

// Staff see how many people each audience reaches, and the notices sent to the meeting, newest first.
export async function findNotices({ actor, input }: { actor: Actor; input: { meetingId: string; page: number } }) {
  assertCan(actor, 'participants:notify');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const window = pageWindow(input.page);
  const [meeting, contacts, { rows, total }] = await Promise.all([
    findMeetingDetail(input.meetingId),
    listNoticeContacts(input.meetingId),
    listMeetingNotices(input.meetingId, window),
  ]);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  return {
    meeting: { id: meeting.id, title: meeting.title, timeZone: meeting.timeZone },
    audienceSizes: audienceSizes(contacts),
    notices: toPage(rows, total, window),
  };
}
