'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { Meeting } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { planNextMeetingSchema } from '@/lib/meetings/schemas';
import { useActionForm, useErrorMessage } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button, ButtonLink } from '../ui/button';
import { describedBy, Field, TextInput } from '../ui/field';

type PlanNextFormProps = {
  sourceId: string;
  nextNumber: number;
  defaultStartDate: string;
  defaultTitle: string;
  action: (input: z.input<typeof planNextMeetingSchema>) => Promise<ActionResult<Meeting>>;
};

export function PlanNextForm({ sourceId, nextNumber, defaultStartDate, defaultTitle, action }: PlanNextFormProps) {
  const t = useTranslations('meetings');
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: planNextMeetingSchema,
    action,
    defaultValues: { meetingId: sourceId, startDate: defaultStartDate, title: defaultTitle },
    onSuccess: (meeting) => router.push(`/meetings/${meeting.id}?notice=planned`),
  });
  const errors = form.formState.errors;
  const titleError = errorMessage(errors.title?.message);
  const startError = errorMessage(errors.startDate?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      {formError && <Alert tone="error">{errorMessage(formError)}</Alert>}
      <input type="hidden" {...form.register('meetingId')} />
      <Field id="next-title" label={t('title')} error={titleError}>
        <TextInput {...describedBy('next-title', { error: titleError })} {...form.register('title')} />
      </Field>
      <Field id="next-start" label={t('startDate')} error={startError}>
        <TextInput type="date" {...describedBy('next-start', { error: startError })} {...form.register('startDate')} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('planning')}>
          {t('planNextSubmit', { number: nextNumber })}
        </Button>
        <ButtonLink variant="secondary" href={`/meetings/${sourceId}`}>
          {t('backToMeeting')}
        </ButtonLink>
      </div>
    </form>
  );
}
