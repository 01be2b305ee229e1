'use client';

import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from './button';

type ConfirmDialogProps = {
  triggerLabel: string;
  title: string;
  body: string;
  confirmLabel: string;
  variant?: 'primary' | 'danger';
  /** Runs on confirmation; the dialog stays open, pending, until it settles. */
  onConfirm: () => Promise<void>;
};

/** Asks before a step that is hard to undo; keyboard and screen-reader friendly (Radix AlertDialog). */
export function ConfirmDialog({ triggerLabel, title, body, confirmLabel, variant = 'danger', onConfirm }: ConfirmDialogProps) {
  const t = useTranslations('common');
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);

  async function confirm() {
    setIsPending(true);
    try {
      await onConfirm();
    } finally {
      setIsPending(false);
      setIsOpen(false);
    }
  }

  return (
    <AlertDialog.Root open={isOpen} onOpenChange={(open) => !isPending && setIsOpen(open)}>
      <AlertDialog.Trigger asChild>
        <Button variant={variant === 'danger' ? 'danger' : 'secondary'}>{triggerLabel}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{body}</AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={isPending}>
                {t('cancel')}
              </Button>
            </AlertDialog.Cancel>
            <Button variant={variant} isPending={isPending} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
