'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { answerEvaluationSchema } from '@/lib/evaluations/schemas';
import { evaluationQuestions, evaluationRatings, evaluationRemarkMaxLength, evaluationRemarks } from '@/lib/evaluations/values';
import { ActionForm } from '../forms/action-form';
import { FormField, RadioGroupField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { TextArea } from '../ui/field';

type EvaluationFormProps = {
  meetingId: string;
  action: (input: z.input<typeof answerEvaluationSchema>) => Promise<ActionResult<{ answered: boolean }>>;
};

/** A participant's evaluation of the meeting: each statement rated from strongly disagree to strongly agree, and remarks. */
export function EvaluationForm({ meetingId, action }: EvaluationFormProps) {
  const t = useTranslations('evaluations');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: answerEvaluationSchema,
    action,
    defaultValues: { meetingId, mostUseful: '', improvements: '' },
    onSuccess: () => router.refresh(),
  });
  const ratings = evaluationRatings.map((rating) => ({ value: String(rating), label: t(`ratings.${rating}`) }));
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-6">
      {evaluationQuestions.map((question) => (
        <RadioGroupField key={question} name={question} legend={t(`questions.${question}`)} options={ratings} />
      ))}
      {evaluationRemarks.map((remark) => (
        <FormField key={remark} name={remark} label={t(`remarks.${remark}`)} hint={t('remarkHint', { max: evaluationRemarkMaxLength })}>
          <TextArea rows={3} maxLength={evaluationRemarkMaxLength} />
        </FormField>
      ))}
      <Button type="submit" isPending={isPending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </ActionForm>
  );
}
