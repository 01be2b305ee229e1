import 'server-only';
import { db } from '@/db/client';
import { findReviewById, updateReviewDecision } from '@/db/queries/programme';
import type { ProjectReview } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import type { RecordDecisionInput } from './schemas';

// The meeting's decision on a review, recorded once by the secretariat or by the meeting's chair.
export async function recordReviewDecision({ actor, input }: { actor: Actor; input: RecordDecisionInput }): Promise<ProjectReview> {
  const review = await findReviewById(input.reviewId);
  if (!review) throw new AppError('NOT_FOUND', 'notFound');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, review.meetingId, {
      assertAccepts: (m) => {
        if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelledNoDecision');
      },
    });
    assertCan(actor, 'reviews:decide', { meeting });
    const decided = await updateReviewDecision(review.id, { decision: input.decision, decidedByUserId: actor.id }, tx);
    if (!decided) throw new AppError('CONFLICT', 'decisionRecorded');
    await recordAudit(tx, actor, {
      action: 'review.decided',
      entityType: 'review',
      entityId: decided.id,
      change: { fields: { decision: { after: decided.decision } } },
    });
    return decided;
  });
}
