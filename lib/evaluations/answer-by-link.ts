import 'server-only';
import { db } from '@/db/client';
import { findEvaluationLink, findEvaluationWindow } from '@/db/queries/evaluations';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { hashLinkToken } from '../link-tokens';
import { isLinkTokenShape } from '../schemas';
import { recordAnswer } from './answer-evaluation';
import { evaluationClosingDay, evaluationState } from './rules';
import type { AnswerEvaluationByLinkInput } from './schemas';
import type { EvaluationState } from './values';

export type EvaluationByLink =
  | { state: 'unknown' }
  | { state: EvaluationState; meetingTitle: string; timeZone: string; closingDay: string | null; hasAnswered: boolean };

/**
 * What a participant's own link shows, signed out: the meeting, where its evaluation stands, and
 * whether they answered. A link that leads nowhere (mistyped, replaced by a newer one, or of a
 * registration no longer approved) says only that.
 */
export async function getEvaluationByLink({ input, now = appNow() }: { input: { token: string }; now?: Date }): Promise<EvaluationByLink> {
  if (!isLinkTokenShape(input.token)) return { state: 'unknown' };
  const link = await findEvaluationLink(hashLinkToken(input.token));
  if (!link || link.registrationStatus !== 'approved') return { state: 'unknown' };
  const window = await findEvaluationWindow(link.meetingId);
  return {
    state: evaluationState(window, now),
    meetingTitle: link.meetingTitle,
    timeZone: link.timeZone,
    closingDay: window ? evaluationClosingDay(window.closesAt, link.timeZone) : null,
    hasAnswered: link.hasAnswered,
  };
}

/**
 * A participant answers through their own link, signed out, once, while the evaluation is open. No
 * limit per address: each link answers once, and its 256 bits are not guessed.
 */
export async function answerEvaluationByLink({ input, now = appNow() }: { input: AnswerEvaluationByLinkInput; now?: Date }) {
  return db.transaction(async (tx) => {
    const link = await findEvaluationLink(hashLinkToken(input.token), tx);
    if (!link || link.registrationStatus !== 'approved') throw new AppError('NOT_FOUND', 'evaluationLinkUnknown');
    const window = await findEvaluationWindow(link.meetingId, tx, { lock: 'share' });
    if (evaluationState(window, now) !== 'open') throw new AppError('INVALID_STATE', 'evaluationNotOpen');
    await recordAnswer(tx, null, { registrationId: link.registrationId, meetingId: link.meetingId }, input);
    return { answered: true };
  });
}
