'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/action';

type Options<Output> = { onSuccess?: (data: Output) => void };

/**
 * Runs a server action from a button (approve, remove, change status): it tracks the pending state
 * and keeps the refusal so the component can show it. A call that throws (the network, a bug)
 * becomes the `unexpected` refusal, never a silent nothing.
 */
export function useAction<Input, Output>(action: (input: Input) => Promise<ActionResult<Output>>, { onSuccess }: Options<Output> = {}) {
  const [isPending, setIsPending] = useState(false);
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
    if (result.ok) onSuccess?.(result.data);
    else setFailure(result);
    return result;
  }

  return { run, isPending, failure, clearFailure: () => setFailure(undefined) };
}

/** Turns an error key from a schema or an action into a sentence from the catalog. */
export function useErrorMessage() {
  const t = useTranslations('errors');
  return (key: string | undefined, values?: Record<string, string | number>): string | undefined => {
    if (!key) return undefined;
    return t.has(key) ? t(key, values) : t('invalid');
  };
}

/** The one sentence a refusal shows: its own message, else its first field's. */
export function useFailureMessage() {
  const errorMessage = useErrorMessage();
  return (failure: ActionFailure | undefined): string | undefined => {
    if (!failure) return undefined;
    return errorMessage(failure.formError ?? Object.values(failure.fieldErrors ?? {})[0] ?? 'invalid', failure.formErrorValues);
  };
}
