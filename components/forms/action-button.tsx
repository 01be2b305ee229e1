'use client';

import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action';
import { Button } from '../ui/button';
import { useHydrated } from '../ui/use-hydrated';
import { ActionFailureAlert } from './action-failure-alert';
import { useAction } from './use-action';

export type ActionButtonProps<Input> = {
  input: Input;
  /** The words, worded by the server page, so a list of many such buttons sends no message catalog. */
  label: string;
  ariaLabel?: string;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'ghost';
  className?: string;
  action: (input: Input) => Promise<ActionResult<unknown>>;
};

/** A row's step that needs no confirmation (check someone in, give the floor), then the page refreshed. */
export function ActionButton<Input>({ input, label, ariaLabel, pendingLabel, variant = 'secondary', className, action }: ActionButtonProps<Input>) {
  const router = useRouter();
  const { run, isPending, failure } = useAction(action, { onSuccess: () => router.refresh() });
  const hydrated = useHydrated();
  return (
    <div className="space-y-2">
      <Button variant={variant} className={className} isPending={isPending} pendingLabel={pendingLabel} aria-label={ariaLabel} disabled={!hydrated} onClick={() => run(input)}>
        {label}
      </Button>
      <ActionFailureAlert failure={failure} />
    </div>
  );
}
