'use client';

import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action';
import { ActionDialog } from './action-dialog';
import { useAction } from './use-action';

export type ConfirmedActionButtonProps<Input> = {
  input: Input;
  /**
   * The words, worded by the server page that lists the rows, so a list of many such buttons sends
   * the browser no message catalog of its own.
   */
  labels: { trigger: string; triggerAria: string; title: string; body: string };
  variant: 'primary' | 'danger';
  action: (input: Input) => Promise<ActionResult<unknown>>;
};

/** A row's step confirmed in a dialog (take back a check-in, restrict a paper), then the page refreshed. */
export function ConfirmedActionButton<Input>({ input, labels, variant, action }: ConfirmedActionButtonProps<Input>) {
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={labels.trigger}
      triggerAriaLabel={labels.triggerAria}
      triggerVariant="ghost"
      variant={variant}
      title={labels.title}
      body={labels.body}
      confirmLabel={labels.trigger}
      failure={failure}
      onOpen={clearFailure}
      onConfirm={() => run(input)}
    />
  );
}
