'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { openEvaluationSchema } from '@/lib/evaluations/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { TextInput } from '../ui/field';

type OpenEvaluationFormProps = {
  meetingId: string;
  /** The day offered: two weeks after the meeting, or after today. */
  closingDay: string;
  /** Open it again, once closed. */
  isReopening: boolean;
  action: (input: z.input<typeof openEvaluationSchema>) => Promise<ActionResult<{ closesAt: Date }>>;
};

/** The secretariat opens the meeting's evaluation until the end of a day. */
export function OpenEvaluationForm({ meetingId, closingDay, isReopening, action }: OpenEvaluationFormProps) {
  const t = useTranslations('evaluations');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: openEvaluationSchema,
    action,
    defaultValues: { meetingId, closingDay },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="flex flex-wrap items-end gap-3">
      <FormField name="closingDay" id="evaluation-closing-day" label={t('closingDay')} hint={t('closingDayHint')}>
        <TextInput type="date" className="max-w-48" />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('opening')}>
        {t(isReopening ? 'reopen' : 'open')}
      </Button>
    </ActionForm>
  );
}
