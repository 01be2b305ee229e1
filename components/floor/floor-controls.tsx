'use client';

import dynamic from 'next/dynamic';
import type { ChangeFloorRequestInput, RequestFloorInput, ShowOnRoomScreenInput } from '@/lib/floor/schemas';
import type { ActionButtonProps } from '../forms/action-button';
import type { ConfirmedActionButtonProps } from '../forms/confirmed-action-button';

// The floor's buttons are for the chair, the secretariat and the delegations: loaded on their own, so
// a reader of the record downloads none of the action machinery.
export const RequestFloorButton = dynamic<ActionButtonProps<RequestFloorInput>>(() => import('../forms/action-button').then((m) => m.ActionButton));
export const FloorStepButton = dynamic<ActionButtonProps<ChangeFloorRequestInput>>(() => import('../forms/action-button').then((m) => m.ActionButton));
export const ConfirmedFloorStepButton = dynamic<ConfirmedActionButtonProps<ChangeFloorRequestInput>>(() =>
  import('../forms/confirmed-action-button').then((m) => m.ConfirmedActionButton),
);
export const ShowOnRoomScreenButton = dynamic<ActionButtonProps<ShowOnRoomScreenInput>>(() => import('../forms/action-button').then((m) => m.ActionButton));
export const SpeakingTime = dynamic(() => import('./speaking-time').then((m) => m.SpeakingTime));
export const SpeakingTimeForm = dynamic(() => import('./speaking-time-form').then((m) => m.SpeakingTimeForm));
export const RefreshEvery = dynamic(() => import('../ui/refresh-every').then((m) => m.RefreshEvery));
export const StepKeys = dynamic(() => import('../ui/step-keys').then((m) => m.StepKeys));
