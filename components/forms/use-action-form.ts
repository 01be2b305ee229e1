'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';

type Options<Schema extends z.ZodType<FieldValues, FieldValues>, Output> = {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<Output>>;
  defaultValues: DefaultValues<z.input<Schema>>;
  onSuccess?: (data: Output) => void;
};

/**
 * A react-hook-form form bound to a server action through the same zod schema: the browser checks
 * first, the server checks again, and the server's field errors land on the same fields.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, Output>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: Options<Schema, Output>) {
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    let result: ActionResult<Output>;
    try {
      result = await action(values as z.input<Schema>);
    } catch {
      setFormError('unexpected');
      return;
    }
    if (result.ok) {
      onSuccess?.(result.data);
      return;
    }
    // The first field the server refused takes the focus, as the browser's own check does.
    Object.entries(result.fieldErrors ?? {}).forEach(([field, message], index) => {
      form.setError(field as Path<z.input<Schema>>, { message }, { shouldFocus: index === 0 });
    });
    const hasFieldErrors = Object.keys(result.fieldErrors ?? {}).length > 0;
    if (result.formError && !hasFieldErrors) setFormError(result.formError);
  });

  return { form, onSubmit, formError, isPending: form.formState.isSubmitting };
}

/** Turns an error key from a schema or an action into a sentence from the catalog. */
export function useErrorMessage() {
  const t = useTranslations('errors');
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    return t.has(key) ? t(key) : t('invalid');
  };
}
