'use client';

import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action';
import type { UndoCheckInInput } from '@/lib/participants/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { useAction } from '../forms/use-action';

type UndoCheckInButtonProps = {
  input: UndoCheckInInput;
  /** The words, from the page: the desk sends its rows no message catalog of their own. */
  labels: { undo: string; undoLabel: string; title: string; body: string };
  action: (input: UndoCheckInInput) => Promise<ActionResult<unknown>>;
};

/** Takes back a check-in made by mistake, after confirming. */
export function UndoCheckInButton({ input, labels, action }: UndoCheckInButtonProps) {
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={labels.undo}
      triggerAriaLabel={labels.undoLabel}
      triggerVariant="ghost"
      variant="danger"
      title={labels.title}
      body={labels.body}
      confirmLabel={labels.undo}
      failure={failure}
      onOpen={clearFailure}
      onConfirm={() => run(input)}
    />
  );
}
