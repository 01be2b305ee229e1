'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Controller, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import {
  reviewCredentialsSchema,
  uploadCredentialsSchema,
  type DesignateHeadInput,
  type RegistrationIdInput,
} from '@/lib/registrations/schemas';
import type { credentialsReviews } from '@/lib/registrations/schemas';
import { ActionDialog } from '../forms/action-dialog';
import { ActionFailureAlert } from '../forms/action-failure-alert';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useAction } from '../forms/use-action';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { SelectInput, TextArea } from '../ui/field';

type Member = { id: string; name: string };

export function MakeHeadButton({ delegationId, member, action }: { delegationId: string; member: Member; action: (input: DesignateHeadInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { run, failure, clearFailure } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <ActionDialog
      triggerLabel={t('makeHead')}
      triggerAriaLabel={t('makeHeadLabel', { name: member.name })}
      triggerVariant="ghost"
      variant="primary"
      title={t('makeHeadTitle', { name: member.name })}
      body={t('makeHeadBody')}
      confirmLabel={t('makeHead')}
      onOpen={clearFailure}
      failure={failure}
      onConfirm={() => run({ delegationId, registrationId: member.id })}
    />
  );
}

export function ConfirmMemberButton({ member, action }: { member: Member; action: (input: RegistrationIdInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { run, failure, isPending } = useAction(action, { onSuccess: () => router.refresh() });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="secondary" isPending={isPending} aria-label={t('confirmLabel', { name: member.name })} onClick={() => run({ registrationId: member.id })}>
        {t('confirm')}
      </Button>
      <ActionFailureAlert failure={failure} />
    </span>
  );
}

const fileInputClasses =
  'block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50';

export function UploadCredentialsForm({
  delegationId,
  action,
}: {
  delegationId: string;
  action: (input: z.input<typeof uploadCredentialsSchema>) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: uploadCredentialsSchema,
    action,
    defaultValues: { delegationId },
    onSuccess: () => {
      form.reset({ delegationId });
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-4" aria-label={t('uploadFormLabel')}>
      <FormField name="file" id="credentials-file" label={t('uploadLetter')} hint={t('uploadLetterHint')}>
        {(aria) => (
          <Controller
            control={form.control}
            name="file"
            render={({ field: { name, ref, onBlur, onChange } }) => (
              <input
                {...aria}
                type="file"
                name={name}
                ref={ref}
                accept=".pdf,application/pdf"
                onBlur={onBlur}
                onChange={(event) => onChange(event.target.files?.[0])}
                className={fileInputClasses}
              />
            )}
          />
        )}
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('uploading')}>
        {t('upload')}
      </Button>
    </ActionForm>
  );
}

export function ReviewCredentialsForm({
  delegationId,
  choices,
  action,
}: {
  delegationId: string;
  choices: readonly (typeof credentialsReviews)[number][];
  action: (input: z.input<typeof reviewCredentialsSchema>) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: reviewCredentialsSchema,
    action,
    defaultValues: { delegationId, status: choices[0], note: '' },
    onSuccess: () => router.refresh(),
  });
  const status = useWatch({ control: form.control, name: 'status' });
  // Accepting is the one review that cannot be taken back.
  const confirm =
    status === 'accepted'
      ? { title: t('acceptCredentialsConfirm.title'), body: t('acceptCredentialsConfirm.body'), confirmLabel: t('acceptCredentialsConfirm.confirm') }
      : undefined;
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-4" aria-label={t('reviewFormLabel')} confirm={confirm}>
      <FormField name="status" id="credentials-review" label={t('review')}>
        <SelectInput>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`reviews.${choice}`)}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <FormField name="note" id="credentials-note" label={t('note')} hint={t('noteHint')}>
        <TextArea rows={2} />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('saving')}>
        {t('reviewSubmit')}
      </Button>
    </ActionForm>
  );
}
