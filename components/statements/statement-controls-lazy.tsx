'use client';

import dynamic from 'next/dynamic';
import type { CommentRefInput } from '@/lib/statements/amendment-schemas';
import type { ConfirmedActionButtonProps } from '../forms/confirmed-action-button';

// A statement's controls (circulating it, amendments, comments, the adoption's steps, objections, positions)
// are for those taking part: loaded on their own, so a reader downloads none of the forms' code.
export const CirculateForm = dynamic(() => import('./circulate-form').then((m) => m.CirculateForm));
export const ProposeAmendmentForm = dynamic(() => import('./amendments/propose-amendment-form').then((m) => m.ProposeAmendmentForm));
export const AmendmentControls = dynamic(() => import('./amendments/amendment-controls').then((m) => m.AmendmentControls));
export const AdoptionControls = dynamic(() => import('./adoption/adoption-controls').then((m) => m.AdoptionControls));
export const ObjectionForm = dynamic(() => import('./adoption/objection-form').then((m) => m.ObjectionForm));
export const PositionForm = dynamic(() => import('./adoption/position-form').then((m) => m.PositionForm));
export const StatementCommentForm = dynamic(() => import('./comments/comment-form').then((m) => m.StatementCommentForm));
export const WithdrawCommentButton = dynamic<ConfirmedActionButtonProps<CommentRefInput>>(() =>
  import('../forms/confirmed-action-button').then((m) => m.ConfirmedActionButton),
);
