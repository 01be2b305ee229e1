import 'server-only';
import { db } from '@/db/client';
import { findProjectDetail, findReviewById, updateReview } from '@/db/queries/programme';
import type { ProjectReview } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { checkReviewFields } from './check-review-fields';
import { reviewEditRefusal } from './rules';
import type { EditReviewInput } from './schemas';

const editableFields = ['progressSummary', 'rating', 'recommendation', 'commentDeadline', 'agendaItemId'] as const;

// The secretariat corrects a review (a figure, the rating, a later deadline, the agenda item) until
// the meeting decides on it. Its project and meeting stay: another meeting's review is a new one.
export async function editReview({ actor, input }: { actor: Actor; input: EditReviewInput }): Promise<ProjectReview> {
  assertCan(actor, 'programme:manage');
  return db.transaction(async (tx) => {
    const found = await findReviewById(input.reviewId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'notFound');
    // Decisions and comments take the meeting's lock too: read again under it, so a decision
    // recorded meanwhile refuses the change and the audit's "before" is what a colleague left.
    const meeting = await lockMeetingForChange(tx, found.meetingId, { assertAccepts: () => {} });
    const before = await findReviewById(found.id, tx);
    if (!before) throw new AppError('NOT_FOUND', 'notFound');
    const refusal = reviewEditRefusal(before, meeting.status);
    if (refusal) throw refusal;
    if (before.version !== input.version) throw new AppError('CONFLICT', 'reviewChangedMeanwhile');
    const project = await findProjectDetail(before.projectId, tx);
    if (!project) throw new AppError('NOT_FOUND', 'notFound');
    await checkReviewFields(tx, input, meeting, project.status);
    const { progressSummary, rating, recommendation, commentDeadline, agendaItemId } = input;
    const values = { progressSummary, rating, recommendation, commentDeadline, agendaItemId };
    // Saved unchanged, the review is left as it was: not marked corrected, nothing audited.
    const fields = changedFields(before, values, [...editableFields]);
    if (Object.keys(fields).length === 0) return before;
    const review = await updateReview(before.id, before.version, values, tx);
    if (!review) throw new AppError('INVALID_STATE', 'reviewDecided');
    await recordAudit(tx, actor, { action: 'review.changed', entityType: 'review', entityId: review.id, change: { fields, version: review.version } });
    return review;
  });
}
