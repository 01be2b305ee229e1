import 'server-only';
import { db } from '@/db/client';
import { findEvaluationWindow, listParticipantsToAsk, openEvaluationWindow, saveEvaluationLinks } from '@/db/queries/evaluations';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { publicUrl } from '../config';
import { enqueueEmail } from '../email/outbox';
import { AppError } from '../errors';
import { hashLinkToken, newLinkToken } from '../link-tokens';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { evaluationOpenedEmail } from './emails';
import { evaluationLinkPath } from './links';
import { assertEvaluationStep, evaluationClosesAt, evaluationState, meetingTakesEvaluation } from './rules';
import type { OpenEvaluationInput } from './schemas';

// The secretariat opens a held meeting's evaluation until a day, or opens it again once closed, and
// asks each approved participant who has not answered yet, with a link of their own: most have no
// account. A new opening sends new links; the last ones stop working.
export async function openEvaluation({ actor, input, now = appNow() }: { actor: Actor; input: OpenEvaluationInput; now?: Date }) {
  assertCan(actor, 'evaluations:manage');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId, {
      assertAccepts: (m) => {
        if (!meetingTakesEvaluation(m.status)) throw new AppError('INVALID_STATE', 'evaluationMeetingNotHeld');
      },
    });
    const before = await findEvaluationWindow(meeting.id, tx, { lock: 'update' });
    assertEvaluationStep(evaluationState(before, now), 'open');
    const closesAt = evaluationClosesAt(input.closingDay, meeting.timeZone);
    if (closesAt <= now) throw new AppError('INVALID_STATE', 'evaluationClosingDayPast', { closingDay: 'evaluationClosingDayPast' });
    // Guarded in SQL too: if it was opened meanwhile, nothing changes.
    const window = await openEvaluationWindow({ meetingId: meeting.id, openedAt: now, closesAt, openedByUserId: actor.id }, tx);
    if (!window) throw new AppError('CONFLICT', 'evaluationChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'evaluation.opened',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { fields: { evaluationClosesAt: { before: before?.closesAt.toISOString() ?? null, after: closesAt.toISOString() } } },
    });
    const shownDay = `${input.closingDay} (${meeting.timeZone} time)`;
    const participants = await listParticipantsToAsk(meeting.id, tx);
    const tokens = participants.map(() => newLinkToken());
    await saveEvaluationLinks(participants.map((p, i) => ({ registrationId: p.registrationId, meetingId: meeting.id, tokenHash: hashLinkToken(tokens[i]!) })), tx);
    for (const [i, person] of participants.entries()) {
      await enqueueEmail(tx, evaluationOpenedEmail(person, meeting, shownDay, new URL(evaluationLinkPath(tokens[i]!), publicUrl).href));
    }
    return { closesAt };
  });
}
