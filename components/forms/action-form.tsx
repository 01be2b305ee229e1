'use client';

import { useRef, useState, type BaseSyntheticEvent, type ComponentProps, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { ActionFailure } from '@/lib/action';
import { ConfirmDialogContent } from '../ui/confirm-dialog';
import { ActionFailureAlert } from './action-failure-alert';
import { ShownFieldsContext } from './form-field';
import { unshownFailure } from './unshown-failure';

/** The dialog a form's step asks in before it is sent: for steps that are final or tell everyone. */
export type SubmitConfirmation = { title: string; body: string; confirmLabel: string; variant?: 'primary' | 'danger' };

type ActionFormProps<Values extends FieldValues, Output extends FieldValues> = Omit<ComponentProps<'form'>, 'onSubmit'> & {
  form: UseFormReturn<Values, unknown, Output>;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  failure: ActionFailure | undefined;
  /** Ask in a dialog, once the browser's own check has passed, before the form is sent. */
  confirm?: SubmitConfirmation;
  children: ReactNode;
};

/**
 * A form of useActionForm: its fields find the form through context, and a refusal shows on top,
 * unless its fields say all of it.
 */
export function ActionForm<Values extends FieldValues, Output extends FieldValues>({
  form,
  onSubmit,
  failure,
  confirm,
  children,
  ...props
}: ActionFormProps<Values, Output>) {
  const [isAsking, setIsAsking] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const submitter = useRef<HTMLButtonElement | null>(null);
  const [shownFields] = useState(() => new Map<string, number>());
  // The dialog opens only for a form the browser's check lets through, so its errors show on their fields first.
  const ask = form.handleSubmit((_values, event) => {
    const native = event?.nativeEvent as SubmitEvent | undefined;
    submitter.current = native?.submitter instanceof HTMLButtonElement ? native.submitter : null;
    setIsAsking(true);
  });
  async function send() {
    setIsSending(true);
    try {
      await onSubmit();
    } finally {
      setIsSending(false);
      setIsAsking(false);
    }
  }

  return (
    <FormProvider {...form}>
      {/* post: a form sent before its script has loaded must not put what was typed (a password) in the address */}
      <form method="post" onSubmit={confirm ? ask : onSubmit} noValidate {...props}>
        <ActionFailureAlert failure={unshownFailure(failure, (field) => shownFields.has(field))} />
        <ShownFieldsContext.Provider value={shownFields}>{children}</ShownFieldsContext.Provider>
      </form>
      {confirm && isAsking && (
        <ConfirmDialogContent
          title={confirm.title}
          body={confirm.body}
          confirmLabel={confirm.confirmLabel}
          variant={confirm.variant ?? 'primary'}
          isPending={isSending}
          onConfirm={() => void send()}
          onClose={() => !isSending && setIsAsking(false)}
          returnFocusTo={submitter}
        />
      )}
    </FormProvider>
  );
}
