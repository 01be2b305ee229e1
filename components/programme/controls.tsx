'use client';

import dynamic from 'next/dynamic';
import type { RemoveContributionInput } from '@/lib/programme/schemas';
import type { ConfirmedActionButtonProps } from '../forms/confirmed-action-button';

// The programme's forms are for the secretariat, delegates of member states and chairs: loaded on
// their own, so a reader who only reads downloads none of the form machinery.
export const ProjectForm = dynamic(() => import('./project-form').then((m) => m.ProjectForm));
export const EditProjectForm = dynamic(() => import('./project-form').then((m) => m.EditProjectForm));
export const PrepareReviewForm = dynamic(() => import('./secretariat-review-form').then((m) => m.PrepareReviewForm));
export const EditReviewForm = dynamic(() => import('./secretariat-review-form').then((m) => m.EditReviewForm));
export const CommentForm = dynamic(() => import('./review-forms').then((m) => m.CommentForm));
export const EditCommentForm = dynamic(() => import('./review-forms').then((m) => m.EditCommentForm));
export const DecisionForm = dynamic(() => import('./review-forms').then((m) => m.DecisionForm));
export const ProjectStatusActions = dynamic(() => import('./project-status-actions').then((m) => m.ProjectStatusActions));
export const ContributionForm = dynamic(() => import('./contribution-form').then((m) => m.ContributionForm));
export const RemoveContributionButton = dynamic<ConfirmedActionButtonProps<RemoveContributionInput>>(() =>
  import('../forms/confirmed-action-button').then((m) => m.ConfirmedActionButton),
);
export const AreaForm = dynamic(() => import('./area-forms').then((m) => m.AreaForm));
export const RetireAreaButton = dynamic(() => import('./area-forms').then((m) => m.RetireAreaButton));
export const RestoreAreaButton = dynamic(() => import('./area-forms').then((m) => m.RestoreAreaButton));
