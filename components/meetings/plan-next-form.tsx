'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { Meeting } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { planNextMeetingSchema } from '@/lib/meetings/schemas';
import { ActionForm } from '../forms/action-form';
import { CheckboxField, FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, ButtonLink } from '../ui/button';
import { TextInput } from '../ui/field';

type PlanNextFormProps = {
  sourceId: string;
  nextNumber: number;
  defaultStartDate: string;
  defaultTitle: string;
  action: (input: z.input<typeof planNextMeetingSchema>) => Promise<ActionResult<Meeting>>;
};

export function PlanNextForm({ sourceId, nextNumber, defaultStartDate, defaultTitle, action }: PlanNextFormProps) {
  const t = useTranslations('meetings');
  const tAgenda = useTranslations('agenda');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: planNextMeetingSchema,
    action,
    defaultValues: { meetingId: sourceId, startDate: defaultStartDate, title: defaultTitle, copyRecurringAgendaItems: true },
    leavesOnSuccess: true,
    onSuccess: (meeting) => router.push(`/meetings/${meeting.id}?notice=planned`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-xl space-y-5">
      <input type="hidden" {...form.register('meetingId')} />
      <FormField name="title" id="next-title" label={t('title')}>
        <TextInput />
      </FormField>
      <FormField name="startDate" id="next-start" label={t('startDate')}>
        <TextInput type="date" />
      </FormField>
      <CheckboxField name="copyRecurringAgendaItems" id="next-copy-agenda" label={tAgenda('copyRecurring')} hint={tAgenda('copyRecurringHint')} />
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('planning')}>
          {t('planNextSubmit', { number: nextNumber })}
        </Button>
        <ButtonLink variant="secondary" href={`/meetings/${sourceId}`}>
          {t('backToMeeting')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}
