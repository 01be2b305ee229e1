import 'server-only';
import { listMeetingDocuments } from '@/db/queries/documents';
import { findMeetingDetail, listSessions } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { assertCan, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { meetingAbilities } from './abilities';

// A meeting's page: its details, timetable, the documents the reader may see, and what they may do.
export async function getMeeting({ actor, input, now = new Date() }: { actor: Actor; input: { meetingId: string }; now?: Date }) {
  assertCan(actor, 'meetings:read');
  const meeting = isId(input.meetingId) ? await findMeetingDetail(input.meetingId) : undefined;
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const today = zonedDate(now, meeting.timeZone);
  const can = meetingAbilities(actor, meeting, today);
  const [sessions, documents] = await Promise.all([
    listSessions(meeting.id),
    listMeetingDocuments(meeting.id, { publicOnly: !can.readRestricted }),
  ]);
  return { meeting, sessions, documents, can, today };
}
