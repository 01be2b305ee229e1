import 'server-only';
import { db } from '@/db/client';
import { closeEvaluationWindow, findEvaluationWindow } from '@/db/queries/evaluations';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { assertEvaluationStep, evaluationState } from './rules';
import type { CloseEvaluationInput } from './schemas';

// The secretariat closes an open evaluation before its day: no answer is taken after.
export async function closeEvaluation({ actor, input, now = appNow() }: { actor: Actor; input: CloseEvaluationInput; now?: Date }) {
  assertCan(actor, 'evaluations:manage');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId, { assertAccepts: () => {} });
    const before = await findEvaluationWindow(meeting.id, tx, { lock: 'update' });
    assertEvaluationStep(evaluationState(before, now), 'close');
    const window = await closeEvaluationWindow(meeting.id, now, tx);
    if (!window) throw new AppError('CONFLICT', 'evaluationChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'evaluation.closed',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { fields: { evaluationClosesAt: { before: before!.closesAt.toISOString(), after: now.toISOString() } } },
    });
    return { closesAt: now };
  });
}
