'use client';

import type { ActionResult } from '@/lib/action';
import type { CheckInInput } from '@/lib/participants/schemas';
import { ActionButton } from '../forms/action-button';

type CheckInButtonProps = {
  input: CheckInInput;
  label: string;
  ariaLabel?: string;
  pendingLabel: string;
  isLarge?: boolean;
  action: (input: CheckInInput) => Promise<ActionResult<{ day: string; isNew: boolean }>>;
};

/** Marks a participant present; pressing it again changes nothing (one record per day). */
export function CheckInButton({ isLarge, ...props }: CheckInButtonProps) {
  return (
    <ActionButton
      {...props}
      variant={isLarge ? 'primary' : 'secondary'}
      className={isLarge ? 'w-full px-6 py-4 text-lg sm:w-auto' : 'px-2.5 py-1 text-xs'}
    />
  );
}
