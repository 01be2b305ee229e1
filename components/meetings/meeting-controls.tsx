'use client';

import dynamic from 'next/dynamic';

// The meeting page's controls are for staff and the meeting's chair only: loaded on their own, so
// everyone else's first visit downloads none of the form machinery. (A lazy import must start from a
// client module: a server component importing these directly would bundle them with the page.)
export const StatusActions = dynamic(() => import('./status-actions').then((m) => m.StatusActions));
export const AddSessionForm = dynamic(() => import('./session-form').then((m) => m.AddSessionForm));
export const EditSessionForm = dynamic(() => import('./session-form').then((m) => m.EditSessionForm));
export const RemoveSessionButton = dynamic(() => import('./remove-session-button').then((m) => m.RemoveSessionButton));
