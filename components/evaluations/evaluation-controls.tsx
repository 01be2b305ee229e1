'use client';

import dynamic from 'next/dynamic';
import type { CloseEvaluationInput } from '@/lib/evaluations/schemas';
import type { ConfirmedActionButtonProps } from '../forms/confirmed-action-button';

// The evaluation's forms are for participants while it is open and for the secretariat: loaded on
// their own, so a reader of the results downloads none of the form machinery.
export const EvaluationForm = dynamic(() => import('./evaluation-form').then((m) => m.EvaluationForm));
export const OpenEvaluationForm = dynamic(() => import('./open-evaluation-form').then((m) => m.OpenEvaluationForm));
export const CloseEvaluationButton = dynamic<ConfirmedActionButtonProps<CloseEvaluationInput>>(() =>
  import('../forms/confirmed-action-button').then((m) => m.ConfirmedActionButton),
);
