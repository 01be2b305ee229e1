'use client';

import dynamic from 'next/dynamic';

// The agenda's controls are for staff and the meeting's chair only: loaded on their own, so readers
// download none of the form or drag-and-drop machinery.
export const AgendaBuilder = dynamic(() => import('./agenda-builder').then((m) => m.AgendaBuilder));
export const AgendaStatusActions = dynamic(() => import('./agenda-controls').then((m) => m.AgendaStatusActions));
export const IssuePapers = dynamic(() => import('./agenda-controls').then((m) => m.IssuePapers));
export const ItemConduct = dynamic(() => import('./item-conduct').then((m) => m.ItemConduct));
export const TakeUpDeferredButton = dynamic(() => import('./take-up-deferred').then((m) => m.TakeUpDeferredButton));
export const FollowUpStatusForm = dynamic(() => import('./follow-up-status-form').then((m) => m.FollowUpStatusForm));
