'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { ProjectReview } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { editReviewSchema, prepareReviewSchema } from '@/lib/programme/schemas';
import { reviewRatings } from '@/lib/programme/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button, buttonClasses } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';
import { Link } from '../ui/link';

type AgendaItemChoice = { id: string; meetingId: string; number: string; title: string };

type PrepareReviewFormProps = {
  projectId: string;
  /** The meetings open to reviews that have none of this project yet. */
  meetings: { id: string; title: string; startDate: string }[];
  /** Some meetings are open to reviews, and each already has this project's. */
  isEveryOpenMeetingReviewed: boolean;
  /** The project-review items of those meetings' agendas. */
  agendaItems: AgendaItemChoice[];
  action: (input: z.input<typeof prepareReviewSchema>) => Promise<ActionResult<ProjectReview>>;
};

export function PrepareReviewForm({ projectId, meetings, isEveryOpenMeetingReviewed, agendaItems, action }: PrepareReviewFormProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  const empty = { projectId, meetingId: '', agendaItemId: '', progressSummary: '', rating: 'on_track' as const, recommendation: '', commentDeadline: '' };
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
  // Only the chosen meeting's items are offered: an item chosen for another meeting is let go.
  const meetingId = form.watch('meetingId');
  const items = agendaItems.filter((item) => item.meetingId === meetingId);
  useEffect(() => {
    form.setValue('agendaItemId', '');
  }, [meetingId, form]);
  // The last open meeting reviewed, the form gives way to why there is none left, under the notice of the save.
  if (meetings.length === 0) {
    return (
      <div className="space-y-3">
        {isSaved && <Alert tone="success">{t('reviewSaved')}</Alert>}
        <p className="text-sm text-slate-600">{t(isEveryOpenMeetingReviewed ? 'everyOpenMeetingReviewed' : 'noOpenMeetings')}</p>
      </div>
    );
  }
  return (
    <ActionForm form={form} onSubmit={onSubmit} onChange={() => setIsSaved(false)} failure={failure} className="space-y-4">
      {isSaved && <Alert tone="success">{t('reviewSaved')}</Alert>}
      <input type="hidden" {...form.register('projectId')} />
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
      <ReviewFields agendaItems={items} />
      <Button type="submit" isPending={isPending} pendingLabel={t('savingReview')}>
        {t('saveReview')}
      </Button>
    </ActionForm>
  );
}

type EditReviewFormProps = {
  review: z.input<typeof editReviewSchema>;
  meetingTitle: string;
  /** The project-review items of the review's meeting's agenda. */
  agendaItems: AgendaItemChoice[];
  /** The project's page, where saving or cancelling returns. */
  projectPath: string;
  action: (input: z.input<typeof editReviewSchema>) => Promise<ActionResult<ProjectReview>>;
};

/** A correction of a review the meeting has not decided on; its project and meeting stay. */
export function EditReviewForm({ review, meetingTitle, agendaItems, projectPath, action }: EditReviewFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: editReviewSchema,
    action,
    defaultValues: review,
    leavesOnSuccess: true,
    onSuccess: () => router.replace(`${projectPath}?notice=reviewChanged#review-${review.reviewId}`),
  });
  const title = t('programme.editReviewTitle', { meeting: meetingTitle });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-4" aria-label={title}>
      <input type="hidden" {...form.register('reviewId')} />
      <input type="hidden" {...form.register('version')} />
      <ReviewFields agendaItems={agendaItems} />
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('programme.savingReview')}>
          {t('programme.saveReviewChanges')}
        </Button>
        <Link href={projectPath} className={buttonClasses('secondary')}>
          {t('common.cancel')}
        </Link>
      </div>
    </ActionForm>
  );
}

/** What the secretariat writes in a review, the same to prepare one and to correct it. */
function ReviewFields({ agendaItems }: { agendaItems: AgendaItemChoice[] }) {
  const t = useTranslations('programme');
  return (
    <>
      <div className="grid gap-4">
        <FormField name="agendaItemId" id="review-agenda-item" label={t('agendaItem')} hint={t('agendaItemHint')}>
          <SelectInput>
            <option value="">{t('noAgendaItem')}</option>
            {agendaItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.number}. {item.title}
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
    </>
  );
}
