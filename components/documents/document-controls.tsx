'use client';

import dynamic from 'next/dynamic';
import type { ChangeDocumentAccessInput } from '@/lib/documents/schemas';
import type { ConfirmedActionButtonProps } from '../forms/confirmed-action-button';
import type { WithdrawDocumentButtonProps } from './withdraw-document-button';

// Staff's controls on the documents list, loaded on their own: readers download none of them.
export const DocumentAccessButton = dynamic<ConfirmedActionButtonProps<ChangeDocumentAccessInput>>(() =>
  import('../forms/confirmed-action-button').then((m) => m.ConfirmedActionButton),
);

export const WithdrawDocumentButton = dynamic<WithdrawDocumentButtonProps>(() =>
  import('./withdraw-document-button').then((m) => m.WithdrawDocumentButton),
);
