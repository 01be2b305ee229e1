import 'server-only';
import { db } from '@/db/client';
import { findEvaluationWindow, findOwnParticipation, insertResponse, insertSubmission } from '@/db/queries/evaluations';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { evaluationState } from './rules';
import type { AnswerEvaluationInput } from './schemas';

/**
 * An approved participant answers the meeting's evaluation, once, while it is open. That they
 * answered and what they answered are two rows with nothing between them: the answers are anonymous.
 */
export async function answerEvaluation({ actor, input, now = appNow() }: { actor: Actor; input: AnswerEvaluationInput; now?: Date }) {
  assertCan(actor, 'evaluations:answer');
  return db.transaction(async (tx) => {
    // Held until the answer is written, so a closing waits for it, or it sees the closing.
    const window = await findEvaluationWindow(input.meetingId, tx, { lock: 'share' });
    const participation = await findOwnParticipation(input.meetingId, actor.id, tx);
    if (!participation) throw new AppError('FORBIDDEN', 'evaluationNotParticipant');
    if (evaluationState(window, now) !== 'open') throw new AppError('INVALID_STATE', 'evaluationNotOpen');
    if (!(await insertSubmission({ registrationId: participation.registrationId, meetingId: input.meetingId }, tx))) {
      throw new AppError('CONFLICT', 'evaluationAlreadyAnswered');
    }
    const { meetingId, objectives, relevance, documents, organization, overall, mostUseful, improvements } = input;
    await insertResponse({ meetingId, objectives, relevance, documents, organization, overall, mostUseful, improvements }, tx);
    // Who answered, as the submission says; never what.
    await recordAudit(tx, actor, { action: 'evaluation.answered', entityType: 'meeting', entityId: meetingId });
    return { answered: true };
  });
}
