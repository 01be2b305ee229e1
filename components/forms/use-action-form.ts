'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { serverErrorType, useAction } from './use-action';

type Options<Schema extends z.ZodType<FieldValues, FieldValues>, Output> = {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<Output>>;
  defaultValues: DefaultValues<z.input<Schema>>;
  onSuccess?: (data: Output) => void;
  /** As `useAction`'s: the form stays pending after a success that takes the reader away from it. */
  leavesOnSuccess?: boolean;
};

/**
 * A react-hook-form form bound to a server action through the same zod schema: the browser checks
 * first, the server checks again, and the server's field errors land on the same fields. The whole
 * refusal is `failure`, for <ActionForm> to show what its fields do not.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, Output>({
  schema,
  action,
  defaultValues,
  onSuccess,
  leavesOnSuccess,
}: Options<Schema, Output>) {
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  const { run, failure, isPending } = useAction(action, { onSuccess, leavesOnSuccess });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await run(values as z.input<Schema>);
    if (result.ok) return;
    // The first field the server refused takes the focus, as the browser's own check does. The
    // field keeps the server's sentence: the browser has no wording for most refusals.
    Object.entries(result.fieldErrors ?? {}).forEach(([field, key], index) => {
      const sentence = result.messages?.[key];
      const error = sentence ? { type: serverErrorType, message: sentence } : { message: key };
      form.setError(field as Path<z.input<Schema>>, error, { shouldFocus: index === 0 });
    });
  });

  return { form, onSubmit, failure, isPending: form.formState.isSubmitting || isPending };
}
