'use client';

import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action';
import type { CheckInInput } from '@/lib/participants/schemas';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { useAction } from '../forms/use-action';
import { Button } from '../ui/button';

type CheckInButtonProps = {
  input: CheckInInput;
  label: string;
  ariaLabel?: string;
  pendingLabel: string;
  isLarge?: boolean;
  action: (input: CheckInInput) => Promise<ActionResult<{ day: string; isNew: boolean }>>;
};

/** Marks a participant present; pressing it again changes nothing (one record per day). */
export function CheckInButton({ input, label, ariaLabel, pendingLabel, isLarge, action }: CheckInButtonProps) {
  const router = useRouter();
  const { run, isPending, failure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      <Button
        variant={isLarge ? 'primary' : 'secondary'}
        className={isLarge ? 'w-full px-6 py-4 text-lg sm:w-auto' : 'px-2.5 py-1 text-xs'}
        isPending={isPending}
        pendingLabel={pendingLabel}
        aria-label={ariaLabel}
        onClick={() => run(input)}
      >
        {label}
      </Button>
      <ActionFailureAlert failure={failure} />
    </div>
  );
}
