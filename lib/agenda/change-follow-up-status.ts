import 'server-only';
import { db } from '@/db/client';
import { findFollowUp, updateFollowUpStatus } from '@/db/queries/agenda';
import type { FollowUp } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { ChangeFollowUpStatusInput } from './schemas';

// Staff mark a follow-up done or dropped (with a note), or open again; long after its meeting, so
// the meeting's own status does not matter here.
export async function changeFollowUpStatus({ actor, input }: { actor: Actor; input: ChangeFollowUpStatusInput }): Promise<FollowUp> {
  assertCan(actor, 'agenda:manage');
  return db.transaction(async (tx) => {
    const current = await findFollowUp(input.followUpId, tx);
    if (!current) throw new AppError('NOT_FOUND', 'notFound');
    if (current.status === input.status && current.note === input.note) throw new AppError('INVALID_STATE', 'followUpUnchanged');
    const followUp = await updateFollowUpStatus(current.id, { from: current.status, to: input.status, note: input.note }, tx);
    if (!followUp) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'agenda.follow_up_status_changed',
      entityType: 'meeting',
      entityId: followUp.meetingId,
      change: {
        fields: changedFields({ followUpStatus: current.status, note: current.note }, { followUpStatus: followUp.status, note: followUp.note }, [
          'followUpStatus',
          'note',
        ]),
        description: followUp.description,
      },
    });
    return followUp;
  });
}
