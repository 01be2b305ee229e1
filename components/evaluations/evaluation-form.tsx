'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { answerEvaluationByLinkSchema, answerEvaluationSchema } from '@/lib/evaluations/schemas';
import { evaluationQuestions, evaluationRatings, evaluationRemarkMaxLength, evaluationRemarks } from '@/lib/evaluations/values';
import { ActionForm } from '../forms/action-form';
import { FormField, RadioGroupField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { TextArea } from '../ui/field';

type EvaluationFormProps =
  | { meetingId: string; action: (input: z.input<typeof answerEvaluationSchema>) => Promise<ActionResult<{ answered: boolean }>> }
  /** Signed out, through the participant's own link. */
  | { token: string; action: (input: z.input<typeof answerEvaluationByLinkSchema>) => Promise<ActionResult<{ answered: boolean }>> };

/** A participant's evaluation of the meeting: each statement rated from strongly disagree to strongly agree, and remarks. */
export function EvaluationForm(props: EvaluationFormProps) {
  const t = useTranslations('evaluations');
  const router = useRouter();
  // The two differ only in what names the participant; one form shape serves both (the link's typed as the other's).
  const byLink = 'token' in props;
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: (byLink ? answerEvaluationByLinkSchema : answerEvaluationSchema) as typeof answerEvaluationSchema,
    action: props.action as (input: z.input<typeof answerEvaluationSchema>) => Promise<ActionResult<{ answered: boolean }>>,
    defaultValues: { ...(byLink ? { token: props.token } : { meetingId: props.meetingId }), mostUseful: '', improvements: '' },
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
