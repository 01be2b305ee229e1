'use client';

import type { ComponentProps } from 'react';
import type { ActionFailure } from '@/lib/action';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { ActionFailureAlert } from './action-failure-alert';
import { unshownFailure } from './unshown-failure';

type ActionDialogProps = Omit<ComponentProps<typeof ConfirmDialog>, 'onConfirm'> & {
  /** Runs the action on confirmation. */
  onConfirm: () => Promise<{ ok: boolean }>;
  /** The last attempt's refusal (useAction's `failure`). */
  failure: ActionFailure | undefined;
  /** The fields of the dialog that show their own errors, which its alert then does not repeat. */
  fields?: readonly string[];
};

/**
 * A step confirmed in a dialog, whose refusal is said in the dialog: it stays open with the reason,
 * beside what the reader chose, until they change it or cancel. A page never shows a dialog's refusal.
 */
export function ActionDialog({ onConfirm, failure, fields = [], children, ...props }: ActionDialogProps) {
  return (
    <ConfirmDialog {...props} onConfirm={async () => (await onConfirm()).ok}>
      <ActionFailureAlert failure={unshownFailure(failure, (field) => fields.includes(field))} />
      {children}
    </ConfirmDialog>
  );
}
