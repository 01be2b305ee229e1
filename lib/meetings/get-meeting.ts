import 'server-only';
import { listMeetingDocuments } from '@/db/queries/documents';
import { findMeetingDetail, listSessions } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { assertCan, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { getParticipation } from '../registrations/read';
import { meetingAbilities } from './abilities';

// A meeting's page: its details, timetable, the documents the reader may see, and what they may do.
export async function getMeeting({ actor, input, now = new Date() }: { actor: Actor; input: { meetingId: string }; now?: Date }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  // Read side by side, in one round trip; restricted papers are dropped below, before anything leaves.
  const [meeting, sessions, allDocuments] = await Promise.all([
    findMeetingDetail(input.meetingId),
    listSessions(input.meetingId),
    listMeetingDocuments(input.meetingId, { publicOnly: false }),
  ]);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const today = zonedDate(now, meeting.timeZone);
  // What the actor may do about registrations (register, moderate...), with the counts they may read.
  const participation = await getParticipation({ actor, meeting, now });
  const can = { ...meetingAbilities(actor, meeting, today), ...participation.can };
  const documents = can.readRestricted ? allDocuments : allDocuments.filter((document) => document.isPublic);
  return { meeting, sessions, documents, can, today, registrationCounts: participation.counts };
}
