import 'server-only';
import { db } from '@/db/client';
import { deleteSession, findSessionById } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { lockMeetingForChange } from './lock-meeting';
import type { RemoveSessionInput } from './schemas';

// Staff take a sitting off the timetable.
export async function removeSession({ actor, input }: { actor: Actor; input: RemoveSessionInput }): Promise<MeetingSession> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const found = await findSessionById(input.sessionId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'notFound');
    await lockMeetingForChange(tx, found.meetingId);
    const session = await deleteSession(found.id, found.meetingId, tx);
    if (!session) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: 'session.removed',
      entityType: 'meeting',
      entityId: session.meetingId,
      change: { fields: recordFields(session, ['title', 'startsAt', 'endsAt', 'room'], 'before'), sessionId: session.id },
    });
    return session;
  });
}
