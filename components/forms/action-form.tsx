'use client';

import type { ComponentProps, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { ActionFailure } from '@/lib/action';
import { ActionFailureAlert } from './action-failure-alert';

type ActionFormProps<Values extends FieldValues, Output extends FieldValues> = Omit<ComponentProps<'form'>, 'onSubmit'> & {
  form: UseFormReturn<Values, unknown, Output>;
  onSubmit: ComponentProps<'form'>['onSubmit'];
  failure: ActionFailure | undefined;
  children: ReactNode;
};

/** A form of useActionForm: its fields find the form through context, and a refusal shows on top. */
export function ActionForm<Values extends FieldValues, Output extends FieldValues>({
  form,
  onSubmit,
  failure,
  children,
  ...props
}: ActionFormProps<Values, Output>) {
  return (
    <FormProvider {...form}>
      {/* post: a form sent before its script has loaded must not put what was typed (a password) in the address */}
      <form method="post" onSubmit={onSubmit} noValidate {...props}>
        <ActionFailureAlert failure={failure} />
        {children}
      </form>
    </FormProvider>
  );
}
