'use client';

import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useTranslations } from 'next-intl';
import type { ReactNode, RefObject } from 'react';
import { Button } from './button';

export type ConfirmDialogContentProps = {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
  variant: 'primary' | 'danger';
  children?: ReactNode;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Where focus goes back when the dialog closes: the button that opened it. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
};

/** The open dialog of ConfirmDialog (Radix AlertDialog), loaded the first time one opens. */
export function ConfirmDialogContent({ title, body, confirmLabel, cancelLabel, variant, children, isPending, onConfirm, onClose, returnFocusTo }: ConfirmDialogContentProps) {
  const t = useTranslations('common');
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
        >
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{body}</AlertDialog.Description>
          {children && <div className="mt-4 empty:hidden">{children}</div>}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={isPending}>
                {cancelLabel ?? t('cancel')}
              </Button>
            </AlertDialog.Cancel>
            <Button variant={variant} isPending={isPending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
