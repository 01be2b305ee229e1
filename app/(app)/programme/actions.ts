'use server';

import { validatedAction } from '@/lib/action';
import { changeProjectStatus } from '@/lib/programme/change-project-status';
import { commentOnReview } from '@/lib/programme/comment-on-review';
import { createArea } from '@/lib/programme/create-area';
import { createProject } from '@/lib/programme/create-project';
import { editReview } from '@/lib/programme/edit-review';
import { editReviewComment } from '@/lib/programme/edit-review-comment';
import { prepareReview } from '@/lib/programme/prepare-review';
import { recordContribution } from '@/lib/programme/record-contribution';
import { recordReviewDecision } from '@/lib/programme/record-review-decision';
import { removeContribution } from '@/lib/programme/remove-contribution';
import { restoreArea } from '@/lib/programme/restore-area';
import { retireArea } from '@/lib/programme/retire-area';
import { updateProject } from '@/lib/programme/update-project';
import {
  changeProjectStatusSchema,
  commentOnReviewSchema,
  createAreaSchema,
  createProjectSchema,
  editReviewCommentSchema,
  editReviewSchema,
  prepareReviewSchema,
  recordContributionSchema,
  recordDecisionSchema,
  removeContributionSchema,
  restoreAreaSchema,
  retireAreaSchema,
  updateProjectSchema,
} from '@/lib/programme/schemas';

export const createAreaAction = validatedAction(createAreaSchema, createArea);
export const retireAreaAction = validatedAction(retireAreaSchema, retireArea);
export const restoreAreaAction = validatedAction(restoreAreaSchema, restoreArea);
export const createProjectAction = validatedAction(createProjectSchema, createProject);
export const updateProjectAction = validatedAction(updateProjectSchema, updateProject);
export const changeProjectStatusAction = validatedAction(changeProjectStatusSchema, changeProjectStatus);
export const prepareReviewAction = validatedAction(prepareReviewSchema, prepareReview);
export const editReviewAction = validatedAction(editReviewSchema, editReview);
export const commentOnReviewAction = validatedAction(commentOnReviewSchema, commentOnReview);
export const editReviewCommentAction = validatedAction(editReviewCommentSchema, editReviewComment);
export const recordDecisionAction = validatedAction(recordDecisionSchema, recordReviewDecision);
export const recordContributionAction = validatedAction(recordContributionSchema, recordContribution);
export const removeContributionAction = validatedAction(removeContributionSchema, removeContribution);
