import 'server-only';
import { db } from '@/db/client';
import { findMeetingDetail, updateMeetingStatus } from '@/db/queries/meetings';
import type { Meeting } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertTransition } from './lifecycle';
import type { ChangeMeetingStatusInput } from './schemas';

// Staff move a meeting along its lifecycle (open or close registration, start, conclude), or cancel it with a reason.
export async function changeMeetingStatus({ actor, input }: { actor: Actor; input: ChangeMeetingStatusInput }): Promise<Meeting> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const current = await findMeetingDetail(input.meetingId, tx);
    if (!current) throw new AppError('NOT_FOUND', 'notFound');
    assertTransition(current.status, input.status);
    const cancellationReason = input.status === 'cancelled' ? input.reason : null;
    // Guarded in SQL too: if someone else moved the meeting meanwhile, nothing is updated.
    const meeting = await updateMeetingStatus(input.meetingId, { from: current.status, to: input.status, cancellationReason }, tx);
    if (!meeting) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'meeting.status_changed',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { from: current.status, to: meeting.status, ...(cancellationReason ? { reason: cancellationReason } : {}) },
    });
    return meeting;
  });
}
