import 'server-only';
import { listMeetingDocuments } from '@/db/queries/documents';
import { findMeetingDetail, listSessions } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { assertCan, can, type Actor } from '../permissions';

// A meeting's page: its details, timetable and the documents the reader may see.
export async function getMeeting({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  assertCan(actor, 'meetings:read');
  const meeting = isId(input.meetingId) ? await findMeetingDetail(input.meetingId) : undefined;
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const canReadRestricted = can(actor, 'meetings:readRestricted', meeting);
  const [sessions, documents] = await Promise.all([
    listSessions(meeting.id),
    listMeetingDocuments(meeting.id, { publicOnly: !canReadRestricted }),
  ]);
  return { meeting, sessions, documents, canManage: can(actor, 'meetings:manage'), canReadRestricted };
}
