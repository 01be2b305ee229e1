'use server';

import { validatedAction } from '@/lib/action';
import { changeProjectStatus } from '@/lib/programme/change-project-status';
import { commentOnReview } from '@/lib/programme/comment-on-review';
import { createArea } from '@/lib/programme/create-area';
import { createProject } from '@/lib/programme/create-project';
import { prepareReview } from '@/lib/programme/prepare-review';
import { recordContribution } from '@/lib/programme/record-contribution';
import { recordReviewDecision } from '@/lib/programme/record-review-decision';
import { restoreArea } from '@/lib/programme/restore-area';
import { retireArea } from '@/lib/programme/retire-area';
import { updateProject } from '@/lib/programme/update-project';
import {
  changeProjectStatusSchema,
  commentOnReviewSchema,
  createAreaSchema,
  createProjectSchema,
  prepareReviewSchema,
  recordContributionSchema,
  recordDecisionSchema,
  restoreAreaSchema,
  retireAreaSchema,
  updateProjectSchema,
} from '@/lib/programme/schemas';

const programmePages = ['/programme', '/programme/dashboard', '/programme/contributions', '/programme/areas'];
const projectPages = (project: { id: string }) => [...programmePages, `/programme/projects/${project.id}`];
const reviewPages = (review: { projectId: string; meetingId: string }) => [
  `/programme/projects/${review.projectId}`,
  `/meetings/${review.meetingId}`,
];

export const createAreaAction = validatedAction(createAreaSchema, createArea, { revalidate: () => programmePages });
export const retireAreaAction = validatedAction(retireAreaSchema, retireArea, { revalidate: () => programmePages });
export const restoreAreaAction = validatedAction(restoreAreaSchema, restoreArea, { revalidate: () => programmePages });
export const createProjectAction = validatedAction(createProjectSchema, createProject, { revalidate: projectPages });
export const updateProjectAction = validatedAction(updateProjectSchema, updateProject, { revalidate: projectPages });
export const changeProjectStatusAction = validatedAction(changeProjectStatusSchema, changeProjectStatus, { revalidate: projectPages });
export const prepareReviewAction = validatedAction(prepareReviewSchema, prepareReview, { revalidate: reviewPages });
export const commentOnReviewAction = validatedAction(commentOnReviewSchema, commentOnReview);
export const recordDecisionAction = validatedAction(recordDecisionSchema, recordReviewDecision, { revalidate: reviewPages });
export const recordContributionAction = validatedAction(recordContributionSchema, recordContribution, {
  revalidate: () => ['/programme/contributions', '/programme/dashboard'],
});
