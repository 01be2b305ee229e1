'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/action';

type Options<Output> = {
  onSuccess?: (data: Output) => void;
  /**
   * Success takes the reader away from these controls (to another page, or to this page without
   * them): they stay pending until then, so a second click cannot run the action again meanwhile.
   */
  leavesOnSuccess?: boolean;
};

/**
 * Runs a server action from a button (approve, remove, change status): it tracks the pending state
 * and keeps the refusal so the component can show it. A call that throws (the network, a bug)
 * becomes the `unexpected` refusal, never a silent nothing.
 */
export function useAction<Input, Output>(action: (input: Input) => Promise<ActionResult<Output>>, { onSuccess, leavesOnSuccess = false }: Options<Output> = {}) {
  const [isPending, setIsPending] = useState(false);
  const [isLeaving, setIsLeaving] = useState(false);
  const [failure, setFailure] = useState<ActionFailure>();

  async function run(input: Input): Promise<ActionResult<Output>> {
    setIsPending(true);
    setFailure(undefined);
    let result: ActionResult<Output>;
    try {
      result = await action(input);
    } catch {
      result = { ok: false, formError: 'unexpected' };
    } finally {
      setIsPending(false);
    }
    if (result.ok) {
      setIsLeaving(leavesOnSuccess);
      onSuccess?.(result.data);
    } else setFailure(result);
    return result;
  }

  return { run, isPending: isPending || isLeaving, failure, clearFailure: () => setFailure(undefined) };
}

/** A form field's error set from the server's refusal: its message is already a sentence. */
export const serverErrorType = 'server';

/**
 * Turns an error key into a sentence: the server's, where the key came with its refusal, else the
 * browser's own (`browserErrors`, which has every message of the forms' checks).
 */
export function useErrorMessage() {
  const t = useTranslations('browserErrors');
  return (key: string | undefined, failure?: ActionFailure): string | undefined => {
    if (!key) return undefined;
    const values = key === failure?.formError ? failure.formErrorValues : undefined;
    return failure?.messages?.[key] ?? (t.has(key) ? t(key, values) : t('invalid'));
  };
}

/** The one sentence a refusal shows: its own message, else its first field's. */
export function useFailureMessage() {
  const errorMessage = useErrorMessage();
  return (failure: ActionFailure | undefined): string | undefined =>
    failure && errorMessage(failure.formError ?? Object.values(failure.fieldErrors ?? {})[0] ?? 'invalid', failure);
}
