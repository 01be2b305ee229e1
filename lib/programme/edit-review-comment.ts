import 'server-only';
import { db } from '@/db/client';
import { findReviewById, findReviewCommentById, updateReviewComment } from '@/db/queries/programme';
import type { ReviewComment } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import type { Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { commentingPartyOf } from './commenting-party';
import { commentEditRefusal } from './rules';
import type { EditReviewCommentInput } from './schemas';

// A member state's delegate changes their delegation's comment on a review while comments are
// open: a typo, or a position that moved. Readers see that it changed; the audit log keeps the words before.
export async function editReviewComment({
  actor,
  input,
  now = appNow(),
}: {
  actor: Actor;
  input: EditReviewCommentInput;
  now?: Date;
}): Promise<ReviewComment> {
  const party = await commentingPartyOf(actor);
  const found = await findReviewCommentById(input.commentId);
  if (!found) throw new AppError('NOT_FOUND', 'notFound');
  const review = await findReviewById(found.reviewId);
  if (!review) throw new AppError('NOT_FOUND', 'notFound');
  return db.transaction(async (tx) => {
    // Decisions take the meeting's lock too: read again under it, so a decision recorded meanwhile closes the comments.
    const meeting = await lockMeetingForChange(tx, review.meetingId, { assertAccepts: () => {} });
    const current = await findReviewById(review.id, tx);
    const comment = await findReviewCommentById(found.id, tx);
    if (!current || !comment) throw new AppError('NOT_FOUND', 'notFound');
    const refusal = commentEditRefusal(comment, current, party.id, zonedDate(now, meeting.timeZone));
    if (refusal) throw refusal;
    if (comment.version !== input.version) throw new AppError('CONFLICT', 'commentChangedMeanwhile');
    // Saved unchanged, the comment is left as it was: not marked changed, nothing audited.
    if (comment.body === input.body) return comment;
    const changed = await updateReviewComment(comment.id, comment.version, input.body, tx);
    if (!changed) throw new AppError('CONFLICT', 'commentChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'review.comment_changed',
      entityType: 'review',
      entityId: current.id,
      change: { fields: { comment: { before: comment.body, after: changed.body }, partyId: { after: comment.partyId } }, version: changed.version },
    });
    return changed;
  });
}
