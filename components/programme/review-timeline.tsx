import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { ComponentProps } from 'react';
import type { ProjectReview } from '@/db/schema';
import { EmptyState } from '../ui/empty-state';
import { RatingBadge } from './badges';
import { CommentForm, DecisionForm, EditCommentForm } from './controls';

type TimelineReview = {
  review: ProjectReview;
  meetingTitle: string;
  meetingStartDate: string;
  meetingTimeZone: string;
  agendaItem: { number: string; title: string } | null;
  decidedByName: string | null;
  comments: {
    id: string;
    body: string;
    version: number;
    createdAt: Date;
    editedAt: Date | null;
    authorName: string | null;
    partyName: string;
    can: { edit: boolean };
  }[];
  can: { edit: boolean; comment: boolean; decide: boolean };
};

type ReviewTimelineProps = {
  reviews: TimelineReview[];
  /** The project's page, which opens a review to correct with `?review=`, a comment to change with `?comment=`. */
  projectPath: string;
  /** The comment whose form is open, if the reader may change it. */
  commentToEdit: string | null;
  commentAction: ComponentProps<typeof CommentForm>['action'];
  editCommentAction: ComponentProps<typeof EditCommentForm>['action'];
  decisionAction: ComponentProps<typeof DecisionForm>['action'];
};

/** A project's reviews, one per meeting, oldest first: how it went over the years. */
export function ReviewTimeline({ reviews, projectPath, commentToEdit, commentAction, editCommentAction, decisionAction }: ReviewTimelineProps) {
  const t = useTranslations('programme');
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  if (reviews.length === 0) return <EmptyState>{t('noReviews')}</EmptyState>;
  return (
    <ol className="relative space-y-6 border-l-2 border-slate-200 pl-6" aria-label={t('timeline')}>
      {reviews.map(({ review, meetingTitle, meetingStartDate, meetingTimeZone, agendaItem, decidedByName, comments, can }) => (
        <li key={review.id} id={`review-${review.id}`} className="relative">
          <span aria-hidden className="absolute top-1.5 -left-[1.95rem] size-3 rounded-full border-2 border-white bg-brand-700" />
          <article aria-labelledby={`review-${review.id}-title`} className="space-y-3">
            <header className="flex flex-wrap items-center gap-2">
              <h3 id={`review-${review.id}-title`} className="text-sm font-semibold text-slate-900">
                <Link href={`/meetings/${review.meetingId}`} className="text-brand-700 hover:underline">
                  {meetingTitle}
                </Link>
              </h3>
              <span className="text-xs text-slate-600">{day(meetingStartDate)}</span>
              <RatingBadge rating={review.rating} />
              {can.edit && (
                <Link
                  href={`${projectPath}?review=${review.id}#review-form`}
                  className="ml-auto text-sm text-brand-700 hover:underline"
                  aria-label={t('editReviewLabel', { meeting: meetingTitle })}
                >
                  {t('editReview')}
                </Link>
              )}
            </header>
            {agendaItem && (
              <p className="text-sm">
                <Link href={`/meetings/${review.meetingId}/agenda`} className="text-brand-700 hover:underline">
                  {t('agendaItemLabel', agendaItem)}
                </Link>
              </p>
            )}
            {review.correctedAt && (
              <p className="text-xs text-slate-600">{t('reviewCorrectedOn', { date: format.dateTime(review.correctedAt, { dateStyle: 'medium', timeZone: meetingTimeZone }) })}</p>
            )}
            <div className="text-sm">
              <h4 className="font-medium text-slate-800">{t('progressSummary')}</h4>
              <p className="whitespace-pre-line text-slate-700">{review.progressSummary}</p>
            </div>
            <div className="text-sm">
              <h4 className="font-medium text-slate-800">{t('recommendation')}</h4>
              <p className="whitespace-pre-line text-slate-700">{review.recommendation}</p>
            </div>
            <div className="text-sm">
              <h4 className="font-medium text-slate-800">{t('decision')}</h4>
              {review.decision ? (
                <p className="whitespace-pre-line text-slate-700">
                  {review.decision}
                  {decidedByName && <span className="block text-xs text-slate-500">{t('decidedBy', { name: decidedByName })}</span>}
                </p>
              ) : (
                <p className="text-slate-600">{t('noDecision')}</p>
              )}
            </div>
            <div className="text-sm">
              <h4 className="font-medium text-slate-800">{t('comments')}</h4>
              {comments.length === 0 ? (
                <p className="text-slate-600">{t('noComments')}</p>
              ) : (
                <ul className="mt-1 space-y-2">
                  {comments.map((comment) => (
                    <li key={comment.id} id={`comment-${comment.id}`} className="scroll-mt-6 rounded-md bg-slate-50 px-3 py-2">
                      <div className="flex flex-wrap items-baseline gap-x-2">
                        <p className="text-xs font-medium text-slate-600">
                          {comment.partyName}
                          {comment.authorName && ` · ${comment.authorName}`}
                          {comment.editedAt &&
                            ` · ${t('commentEditedOn', { date: format.dateTime(comment.editedAt, { dateStyle: 'medium', timeZone: meetingTimeZone }) })}`}
                        </p>
                        {comment.can.edit && comment.id !== commentToEdit && (
                          <Link
                            href={`${projectPath}?comment=${comment.id}#comment-${comment.id}`}
                            className="ml-auto text-xs text-brand-700 hover:underline"
                            aria-label={t('editCommentLabel', { party: comment.partyName, meeting: meetingTitle })}
                          >
                            {t('editComment')}
                          </Link>
                        )}
                      </div>
                      {comment.can.edit && comment.id === commentToEdit ? (
                        <EditCommentForm
                          comment={{ commentId: comment.id, version: comment.version, body: comment.body }}
                          projectPath={projectPath}
                          action={editCommentAction}
                        />
                      ) : (
                        <p className="whitespace-pre-line text-slate-800">{comment.body}</p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-1 text-xs text-slate-500">
                {t('commentDeadline')}: {day(review.commentDeadline)}
              </p>
            </div>
            {can.comment && <CommentForm reviewId={review.id} projectPath={projectPath} action={commentAction} />}
            {can.decide && <DecisionForm reviewId={review.id} action={decisionAction} />}
          </article>
        </li>
      ))}
    </ol>
  );
}
