import { AppError } from '../errors';
import type { DashboardPeriod, ProjectStatus, ReviewRating } from './values';

/**
 * Where a project may go from each status: a proposal starts or is shelved; running work completes
 * or is suspended; suspended work resumes or is closed; a completed project is a record.
 */
export const projectTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  proposed: ['ongoing', 'suspended'],
  ongoing: ['completed', 'suspended'],
  suspended: ['ongoing', 'completed'],
  completed: [],
};

export function canTransitionProject(from: ProjectStatus, to: ProjectStatus): boolean {
  return projectTransitions[from].includes(to);
}

export function assertProjectTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'transitionSameStatus');
  if (projectTransitions[from].length === 0) throw new AppError('INVALID_STATE', 'projectCompleted');
  if (!canTransitionProject(from, to)) throw new AppError('INVALID_STATE', 'transitionNotAllowed');
}

/** How a rating reads at a glance: a badge tone. */
export function ratingTone(rating: ReviewRating): 'success' | 'warning' | 'danger' | 'brand' {
  switch (rating) {
    case 'on_track':
      return 'success';
    case 'at_risk':
      return 'warning';
    case 'delayed':
      return 'danger';
    case 'completed':
      return 'brand';
  }
}

/**
 * A review rates a project "completed" only when its work ran (ongoing, or already completed): a
 * proposal or suspended work cannot be reported done.
 */
export function isRatingAllowed(rating: ReviewRating, projectStatus: ProjectStatus): boolean {
  if (rating === 'completed') return projectStatus === 'ongoing' || projectStatus === 'completed';
  return true;
}

/** Delegates comment until the end of the deadline's day (`today` is the date in the meeting's zone). */
export function isCommentOpen(review: { commentDeadline: string; decidedAt: Date | null }, today: string): boolean {
  return review.decidedAt === null && today <= review.commentDeadline;
}

/**
 * Why a member state may not add a comment, or null: comments must be open (`today` in the
 * meeting's zone), and each member state has one comment on a review, which it changes after.
 */
export function newCommentRefusal(
  review: { commentDeadline: string; decidedAt: Date | null },
  partyId: string,
  commentingPartyIds: readonly string[],
  today: string,
): AppError | null {
  if (!isCommentOpen(review, today)) return new AppError('INVALID_STATE', 'commentsClosed', undefined, { values: { deadline: review.commentDeadline } });
  if (commentingPartyIds.includes(partyId)) return new AppError('CONFLICT', 'commentAlreadyMade');
  return null;
}

/**
 * Why a delegate may not change a comment, or null: a delegation changes only its own member
 * state's words, and only while comments are open (`today` in the meeting's zone), as it wrote them.
 */
export function commentEditRefusal(
  comment: { partyId: string },
  review: { commentDeadline: string; decidedAt: Date | null },
  partyId: string | null,
  today: string,
): AppError | null {
  if (comment.partyId !== partyId) return new AppError('FORBIDDEN', 'commentOtherParty');
  if (!isCommentOpen(review, today)) return new AppError('INVALID_STATE', 'commentsClosed', undefined, { values: { deadline: review.commentDeadline } });
  return null;
}

/**
 * Why the secretariat may no longer correct a review, or null. Once the meeting decided on it, or
 * ended or was called off, the review is the record of what the meeting had before it.
 */
export function reviewEditRefusal(review: { decidedAt: Date | null }, meetingStatus: string): AppError | null {
  if (review.decidedAt !== null) return new AppError('INVALID_STATE', 'reviewDecided');
  if (!acceptsReviews(meetingStatus)) return new AppError('INVALID_STATE', 'reviewMeetingEnded');
  return null;
}

/** A meeting that ended or was called off takes no new review. */
export function acceptsReviews(meetingStatus: string): boolean {
  return meetingStatus !== 'concluded' && meetingStatus !== 'cancelled';
}

/** How many years, this one included, the dashboard charts unless every year is asked for. */
export const recentYearsShown = 10;

/**
 * The first year whose contributions the dashboard charts: ten years back from this one (pledges for
 * later years included), or none for every year. Thirty years of four currencies make bars too thin
 * to read and a page that grows every year; the full history stays one link away.
 */
export function firstYearShown(period: DashboardPeriod, today: Date): number | undefined {
  return period === 'all' ? undefined : today.getUTCFullYear() - recentYearsShown + 1;
}
