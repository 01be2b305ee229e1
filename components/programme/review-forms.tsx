'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { ProjectReview, ReviewComment } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { commentOnReviewSchema, editReviewCommentSchema, recordDecisionSchema } from '@/lib/programme/schemas';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, buttonClasses } from '../ui/button';
import { TextArea } from '../ui/field';
import { Link } from '../ui/link';

type CommentFormProps = {
  reviewId: string;
  /** The project's page, where the sent comment is shown. */
  projectPath: string;
  action: (input: z.input<typeof commentOnReviewSchema>) => Promise<ActionResult<ReviewComment>>;
};

/**
 * A member state's delegate comments on a review before its deadline. The form leaves once its
 * delegation has commented, so the page says the comment was sent and shows it, as after a change.
 */
export function CommentForm({ reviewId, projectPath, action }: CommentFormProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: commentOnReviewSchema,
    action,
    defaultValues: { reviewId, body: '' },
    onSuccess: (comment) => router.replace(`${projectPath}?notice=commentSent#comment-${comment.id}`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-3">
      <input type="hidden" {...form.register('reviewId')} />
      <FormField name="body" id={`comment-${reviewId}`} label={t('comment')}>
        <TextArea rows={3} />
      </FormField>
      <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('sendingComment')}>
        {t('sendComment')}
      </Button>
    </ActionForm>
  );
}

type EditCommentFormProps = {
  comment: z.input<typeof editReviewCommentSchema>;
  /** The project's page, where saving or cancelling returns. */
  projectPath: string;
  action: (input: z.input<typeof editReviewCommentSchema>) => Promise<ActionResult<ReviewComment>>;
};

/** A delegation changes its comment in place, while comments are open. */
export function EditCommentForm({ comment, projectPath, action }: EditCommentFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: editReviewCommentSchema,
    action,
    defaultValues: comment,
    leavesOnSuccess: true,
    onSuccess: () => router.replace(`${projectPath}?notice=commentChanged#comment-${comment.commentId}`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="mt-2 space-y-3">
      <input type="hidden" {...form.register('commentId')} />
      <input type="hidden" {...form.register('version')} />
      <FormField name="body" id={`comment-edit-${comment.commentId}`} label={t('programme.commentEditing')} hint={t('programme.commentEditingHint')}>
        <TextArea rows={4} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" isPending={isPending} pendingLabel={t('programme.savingComment')}>
          {t('programme.saveComment')}
        </Button>
        <Link href={`${projectPath}#comment-${comment.commentId}`} className={buttonClasses('secondary')}>
          {t('common.cancel')}
        </Link>
      </div>
    </ActionForm>
  );
}

type DecisionFormProps = {
  reviewId: string;
  action: (input: z.input<typeof recordDecisionSchema>) => Promise<ActionResult<ProjectReview>>;
};

/** The secretariat or the meeting's chair records the meeting's decision on a review. */
export function DecisionForm({ reviewId, action }: DecisionFormProps) {
  const t = useTranslations('programme');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: recordDecisionSchema,
    action,
    defaultValues: { reviewId, decision: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm
      form={form}
      onSubmit={onSubmit}
      failure={failure}
      className="space-y-3"
      confirm={{ title: t('decisionConfirm.title'), body: t('decisionConfirm.body'), confirmLabel: t('recordDecision') }}
    >
      <input type="hidden" {...form.register('reviewId')} />
      <FormField name="decision" id={`decision-${reviewId}`} label={t('decision')}>
        <TextArea rows={3} />
      </FormField>
      <Button type="submit" isPending={isPending} pendingLabel={t('recordingDecision')}>
        {t('recordDecision')}
      </Button>
    </ActionForm>
  );
}
