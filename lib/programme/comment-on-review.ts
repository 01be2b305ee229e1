import 'server-only';
import { db } from '@/db/client';
import { findReviewById, insertReviewComment } from '@/db/queries/programme';
import type { ReviewComment } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import type { Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { commentingPartyOf } from './commenting-party';
import { isCommentOpen } from './rules';
import type { CommentOnReviewInput } from './schemas';

// A member state's delegate comments on a review, for their party, until its deadline (the end of
// that day in the meeting's time zone) and before a decision. Organizations and observers do not.
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
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, review.meetingId, { assertAccepts: () => {} });
    // Read again under the meeting's lock: a decision recorded meanwhile closes the comments.
    const current = await findReviewById(review.id, tx);
    if (!current) throw new AppError('NOT_FOUND', 'notFound');
    if (!isCommentOpen(current, zonedDate(now, meeting.timeZone))) {
      throw new AppError('INVALID_STATE', 'commentsClosed', undefined, { values: { deadline: current.commentDeadline } });
    }
    const comment = await insertReviewComment({ reviewId: current.id, authorUserId: actor.id, partyId: party.id, body: input.body }, tx);
    await recordAudit(tx, actor, {
      action: 'review.commented',
      entityType: 'review',
      entityId: current.id,
      change: { fields: { comment: { after: input.body }, partyId: { after: party.id } } },
    });
    return comment;
  });
}
