'use client';

import dynamic from 'next/dynamic';

// Staff's controls on the documents list, loaded on their own: readers download none of them.
export const DocumentAccessButton = dynamic(() => import('./document-access-button').then((m) => m.DocumentAccessButton));
