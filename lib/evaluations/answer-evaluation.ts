import 'server-only';
import { db, type Tx } from '@/db/client';
import { findEvaluationWindow, findOwnParticipation, insertResponse, insertSubmission } from '@/db/queries/evaluations';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { evaluationState } from './rules';
import type { AnswerEvaluationInput, EvaluationAnswersInput } from './schemas';

// A signed-in approved participant answers the meeting's evaluation, once, while it is open.
export async function answerEvaluation({ actor, input, now = appNow() }: { actor: Actor; input: AnswerEvaluationInput; now?: Date }) {
  assertCan(actor, 'evaluations:answer');
  return db.transaction(async (tx) => {
    // Held until the answer is written, so a closing waits for it, or it sees the closing.
    const window = await findEvaluationWindow(input.meetingId, tx, { lock: 'share' });
    const participation = await findOwnParticipation(input.meetingId, actor.id, tx);
    if (!participation) throw new AppError('FORBIDDEN', 'evaluationNotParticipant');
    if (evaluationState(window, now) !== 'open') throw new AppError('INVALID_STATE', 'evaluationNotOpen');
    await recordAnswer(tx, actor, { registrationId: participation.registrationId, meetingId: input.meetingId }, input);
    return { answered: true };
  });
}

/**
 * Writes that the registration answered, and the answers, as two rows with nothing between them:
 * the answers are anonymous. A registration answers once.
 */
export async function recordAnswer(
  tx: Tx,
  actor: Actor | null,
  participant: { registrationId: string; meetingId: string },
  answers: EvaluationAnswersInput,
): Promise<void> {
  if (!(await insertSubmission(participant, tx))) throw new AppError('CONFLICT', 'evaluationAlreadyAnswered');
  const { objectives, relevance, documents, organization, overall, mostUseful, improvements } = answers;
  await insertResponse({ meetingId: participant.meetingId, objectives, relevance, documents, organization, overall, mostUseful, improvements }, tx);
  // Who answered (an account, or nobody's for a link), as the submission says; never what.
  await recordAudit(tx, actor, { action: 'evaluation.answered', entityType: 'meeting', entityId: participant.meetingId });
}
