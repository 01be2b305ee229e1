'use client';

import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { Button } from './button';

type ConfirmDialogProps = {
  triggerLabel: string;
  /** A fuller name for the trigger when its label alone is ambiguous (one of many "Remove" buttons). */
  triggerAriaLabel?: string;
  triggerVariant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
  variant?: 'primary' | 'danger';
  /** More of the dialog, such as a field the confirmation needs. */
  children?: ReactNode;
  /** Runs on confirmation; the dialog stays open, pending, until it settles, and stays open if it answers false. */
  onConfirm: () => Promise<boolean | void>;
  /** Runs as the dialog opens: a place to clear what the last attempt left. */
  onOpen?: () => void;
};

/** Asks before a step that is hard to undo; keyboard and screen-reader friendly (Radix AlertDialog). */
export function ConfirmDialog({
  triggerLabel,
  triggerAriaLabel,
  triggerVariant,
  title,
  body,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  children,
  onConfirm,
  onOpen,
}: ConfirmDialogProps) {
  const t = useTranslations('common');
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);

  async function confirm() {
    setIsPending(true);
    let keepOpen = false;
    try {
      keepOpen = (await onConfirm()) === false;
    } finally {
      setIsPending(false);
      if (!keepOpen) setIsOpen(false);
    }
  }

  return (
    <AlertDialog.Root
      open={isOpen}
      onOpenChange={(open) => {
        if (isPending) return;
        if (open) onOpen?.();
        setIsOpen(open);
      }}
    >
      <AlertDialog.Trigger asChild>
        <Button variant={triggerVariant ?? (variant === 'danger' ? 'danger' : 'secondary')} aria-label={triggerAriaLabel}>
          {triggerLabel}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{body}</AlertDialog.Description>
          {children && <div className="mt-4 empty:hidden">{children}</div>}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={isPending}>
                {cancelLabel ?? t('cancel')}
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
