'use client';

import dynamic from 'next/dynamic';

// The form is staff's alone: loaded on its own, so the page's first load carries none of the form
// machinery, and a participant reading their notices downloads none of it.
export const NoticeForm = dynamic(() => import('./notice-form').then((m) => m.NoticeForm));
