import 'server-only';
import { db } from '@/db/client';
import { findReviewById, insertReviewComment, listCommentingPartyIds } from '@/db/queries/programme';
import type { ReviewComment } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError, isUniqueViolation } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import type { Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { commentingPartyOf } from './commenting-party';
import { newCommentRefusal } from './rules';
import type { CommentOnReviewInput } from './schemas';

// A member state's delegate comments on a review, for their party, until its deadline (the end of
// that day in the meeting's time zone) and before a decision. Organizations and observers do not.
// A member state comments once; its delegates change that comment after (edit-review-comment.ts).
export async function commentOnReview({
  actor,
  input,
  now = appNow(),
}: {
  actor: Actor;
  input: CommentOnReviewInput;
  now?: Date;
}): Promise<ReviewComment> {
  const party = await commentingPartyOf(actor);
  const review = await findReviewById(input.reviewId);
  if (!review) throw new AppError('NOT_FOUND', 'notFound');
  try {
    return await db.transaction(async (tx) => {
      const meeting = await lockMeetingForChange(tx, review.meetingId, { assertAccepts: () => {} });
      // Read again under the meeting's lock: a decision or a colleague's comment made meanwhile counts.
      const current = await findReviewById(review.id, tx);
      if (!current) throw new AppError('NOT_FOUND', 'notFound');
      const refusal = newCommentRefusal(current, party.id, await listCommentingPartyIds(current.id, tx), zonedDate(now, meeting.timeZone));
      if (refusal) throw refusal;
      const comment = await insertReviewComment({ reviewId: current.id, authorUserId: actor.id, partyId: party.id, body: input.body }, tx);
      await recordAudit(tx, actor, {
        action: 'review.commented',
        entityType: 'review',
        entityId: current.id,
        change: { fields: { comment: { after: input.body }, partyId: { after: party.id } } },
      });
      return comment;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'review_comments_review_party_unique')) throw new AppError('CONFLICT', 'commentAlreadyMade');
    throw error;
  }
}
