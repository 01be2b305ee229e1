'use client';

import dynamic from 'next/dynamic';
import { useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { useHydrated } from './use-hydrated';

// Radix's dialog is loaded the first time a dialog opens, not with every page that has a button for one.
export const ConfirmDialogContent = dynamic(() => import('./confirm-dialog-content').then((m) => m.ConfirmDialogContent), { ssr: false });

type ConfirmDialogProps = {
  triggerLabel: string;
  /** A fuller name for the trigger when its label alone is ambiguous (one of many "Remove" buttons). */
  triggerAriaLabel?: string;
  triggerVariant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** The step cannot be begun now (another one is under way). */
  triggerDisabled?: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
  variant?: 'primary' | 'danger';
  /** More of the dialog, such as a field the confirmation needs. */
  children?: ReactNode;
  /** Runs on confirmation; the dialog stays open, pending, until it settles, and stays open if it answers false. */
  onConfirm: () => Promise<boolean>;
  /** Runs as the dialog opens: a place to clear what the last attempt left. */
  onOpen?: () => void;
};

/** Asks before a step that is hard to undo; keyboard and screen-reader friendly (Radix AlertDialog). */
export function ConfirmDialog({
  triggerLabel,
  triggerAriaLabel,
  triggerVariant,
  triggerDisabled,
  title,
  body,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  children,
  onConfirm,
  onOpen,
}: ConfirmDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();

  async function confirm() {
    setIsPending(true);
    let keepOpen = false;
    try {
      keepOpen = !(await onConfirm());
    } finally {
      setIsPending(false);
      if (!keepOpen) setIsOpen(false);
    }
  }

  return (
    <>
      <Button
        ref={trigger}
        variant={triggerVariant ?? (variant === 'danger' ? 'danger' : 'secondary')}
        aria-label={triggerAriaLabel}
        disabled={triggerDisabled || !hydrated}
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        onClick={() => {
          onOpen?.();
          setIsOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      {isOpen && (
        <ConfirmDialogContent
          title={title}
          body={body}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          variant={variant}
          isPending={isPending}
          onConfirm={confirm}
          onClose={() => !isPending && setIsOpen(false)}
          returnFocusTo={trigger}
        >
          {children}
        </ConfirmDialogContent>
      )}
    </>
  );
}
