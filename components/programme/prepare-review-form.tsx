'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import type { ProjectReview } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { prepareReviewSchema } from '@/lib/programme/schemas';
import { reviewRatings } from '@/lib/programme/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';

type PrepareReviewFormProps = {
  projectId: string;
  meetings: { id: string; title: string; startDate: string }[];
  action: (input: z.input<typeof prepareReviewSchema>) => Promise<ActionResult<ProjectReview>>;
};

export function PrepareReviewForm({ projectId, meetings, action }: PrepareReviewFormProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const empty = { projectId, meetingId: '', progressSummary: '', rating: 'on_track' as const, recommendation: '', commentDeadline: '' };
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: prepareReviewSchema,
    action,
    defaultValues: empty,
    onSuccess: () => {
      setIsSaved(true);
      form.reset(empty);
      router.refresh();
    },
  });
  if (meetings.length === 0) return <p className="text-sm text-slate-600">{t('noOpenMeetings')}</p>;
  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsSaved(false)} failure={failure} className="space-y-4">
      {isSaved && <Alert tone="success">{t('reviewSaved')}</Alert>}
      <input type="hidden" {...form.register('projectId')} />
      <div className="grid gap-4">
        <FormField name="meetingId" id="review-meeting" label={t('meeting')}>
          <SelectInput>
            <option value="">{t('chooseMeeting')}</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.title} ({meeting.startDate})
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="rating" id="review-rating" label={t('rating')}>
          <SelectInput>
            {reviewRatings.map((rating) => (
              <option key={rating} value={rating}>
                {t(`ratings.${rating}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      </div>
      <FormField name="progressSummary" id="review-progress" label={t('progressSummary')}>
        <TextArea rows={4} />
      </FormField>
      <FormField name="recommendation" id="review-recommendation" label={t('recommendation')}>
        <TextArea rows={3} />
      </FormField>
      <FormField name="commentDeadline" id="review-deadline" label={t('commentDeadline')} hint={t('commentDeadlineHint')}>
        <TextInput type="date" />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('savingReview')}>
        {t('saveReview')}
      </Button>
    </ActionForm>
  );
}
