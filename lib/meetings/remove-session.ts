import 'server-only';
import { db } from '@/db/client';
import { deleteSession, findMeetingDetail } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertMeetingNotFrozen } from './lifecycle';
import type { RemoveSessionInput } from './schemas';

// Staff take a sitting off the timetable.
export async function removeSession({ actor, input }: { actor: Actor; input: RemoveSessionInput }): Promise<MeetingSession> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const session = await deleteSession(input.sessionId, tx);
    if (!session) throw new AppError('NOT_FOUND', 'notFound');
    const meeting = await findMeetingDetail(session.meetingId, tx);
    // Refusing after the delete rolls it back with the transaction.
    if (meeting) assertMeetingNotFrozen(meeting.status);
    await recordAudit(tx, actor, {
      action: 'session.removed',
      entityType: 'meeting',
      entityId: session.meetingId,
      change: { sessionId: session.id, title: session.title },
    });
    return session;
  });
}
