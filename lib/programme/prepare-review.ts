import 'server-only';
import { db } from '@/db/client';
import { findProjectDetail, insertReview } from '@/db/queries/programme';
import type { ProjectReview } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError, isUniqueViolation } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { checkReviewFields } from './check-review-fields';
import { acceptsReviews } from './rules';
import type { PrepareReviewInput } from './schemas';

// The secretariat prepares a project's review for a meeting that has not yet concluded: one per
// project per meeting, optionally under one of that meeting's project-review agenda items.
// Delegations may comment until the deadline, which falls before the meeting ends.
export async function prepareReview({ actor, input }: { actor: Actor; input: PrepareReviewInput }): Promise<ProjectReview> {
  assertCan(actor, 'programme:manage');
  try {
    return await db.transaction(async (tx) => {
      const meeting = await lockMeetingForChange(tx, input.meetingId, {
        assertAccepts: (m) => {
          if (!acceptsReviews(m.status)) throw new AppError('INVALID_STATE', 'reviewMeetingClosed');
        },
      });
      const project = await findProjectDetail(input.projectId, tx);
      if (!project) throw new AppError('NOT_FOUND', 'invalid', { projectId: 'projectInvalid' });
      await checkReviewFields(tx, input, meeting, project.status);
      const review = await insertReview({ ...input, preparedByUserId: actor.id }, tx);
      await recordAudit(tx, actor, {
        action: 'review.prepared',
        entityType: 'review',
        entityId: review.id,
        change: {
          fields: recordFields(review, ['projectId', 'meetingId', 'agendaItemId', 'progressSummary', 'rating', 'recommendation', 'commentDeadline']),
        },
      });
      return review;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'project_reviews_project_meeting_unique')) {
      throw new AppError('CONFLICT', 'invalid', { meetingId: 'reviewExists' });
    }
    throw error;
  }
}
