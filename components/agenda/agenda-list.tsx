import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { overPlan } from '@/lib/agenda/discussion-time';
import type { AgendaView } from '@/lib/agenda/get-agenda';
import type { AgendaItemStatus } from '@/lib/agenda/values';
import { Badge } from '../ui/badge';
import { Markdown } from './markdown';

const statusTones: Record<AgendaItemStatus, 'neutral' | 'brand' | 'success' | 'warning'> = {
  pending: 'neutral',
  in_discussion: 'brand',
  concluded: 'success',
  deferred: 'warning',
};

type AgendaItemView = AgendaView['items'][number];

/** The agenda as everyone reads it: numbers, titles, annotations, papers, project reviews, and at the meeting each item's status, outcome and follow-ups. */
export async function AgendaList({ items, renderControls }: { items: AgendaItemView[]; renderControls?: (item: AgendaItemView) => ReactNode }) {
  const [t, format] = await Promise.all([getTranslations('agenda'), getFormatter()]);
  // The time the meeting spent on an item it has left, in whole minutes, and how far over the plan.
  const spent = (item: AgendaItemView) => {
    if (item.discussionStartedAt || item.discussedSeconds === 0) return null;
    const over = Math.round(overPlan(item.discussedSeconds, item.durationMinutes) / 60);
    const discussed = t('discussedFor', { count: Math.max(1, Math.round(item.discussedSeconds / 60)) });
    return over > 0 ? `${discussed} (${t('overPlan', { count: over })})` : discussed;
  };
  return (
    <ol className="space-y-4" aria-label={t('listLabel')}>
      {items.map((item) => (
        <li
          key={item.id}
          className={item.level > 1 ? 'ml-8 border-l-2 border-slate-200 pl-4' : ''}
          aria-current={item.status === 'in_discussion' ? 'step' : undefined}
          data-testid="agenda-item"
        >
          <div className="flex flex-wrap items-baseline gap-2">
            <h3 className={item.level === 1 ? 'text-base font-semibold text-slate-900' : 'text-sm font-semibold text-slate-900'}>
              <span className="mr-1 font-mono">{item.number}.</span> {item.title}
            </h3>
            {item.status !== 'pending' && <Badge tone={statusTones[item.status]}>{t(`itemStatus.${item.status}`)}</Badge>}
          </div>
          <p className="mt-1 text-xs text-slate-600">
            {[
              t(`kinds.${item.kind}`),
              item.presenterKind === 'party' && item.presenterPartyName,
              item.presenterKind === 'secretariat' && t('presenterKinds.secretariat'),
              item.presenterKind === 'person' && item.presenterName,
              item.durationMinutes && t('minutes', { count: item.durationMinutes }),
              item.sessionTitle,
              spent(item),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {item.annotation && (
            <div className="mt-2">
              <Markdown>{item.annotation}</Markdown>
            </div>
          )}
          {item.documents.length > 0 && (
            <p className="mt-2 text-sm">
              {t('documentsLabel')}{' '}
              {item.documents.map((document, index) => (
                <span key={document.documentId}>
                  {index > 0 && ', '}
                  <a className="text-brand-700 hover:underline" href={`/files/${document.documentId}`}>
                    {document.symbol}
                  </a>
                </span>
              ))}
            </p>
          )}
          {item.reviews.length > 0 && (
            <p className="mt-2 text-sm">
              {t('reviewsLabel')}{' '}
              {item.reviews.map((review, index) => (
                <span key={review.id}>
                  {index > 0 && ', '}
                  <Link className="text-brand-700 hover:underline" href={`/programme/projects/${review.projectId}#review-${review.id}`}>
                    {review.projectCode}: {review.projectTitle}
                  </Link>
                </span>
              ))}
            </p>
          )}
          {item.outcome && (
            <div className="mt-2 rounded-md bg-emerald-50 p-3 text-sm text-emerald-950">
              <p className="font-medium">{t('outcome')}</p>
              <p className="whitespace-pre-line">{item.outcome}</p>
            </div>
          )}
          {item.followUps.length > 0 && (
            <div className="mt-2 text-sm">
              <p className="font-medium text-slate-800">{t('followUps')}</p>
              <ul className="list-disc pl-5 text-slate-700">
                {item.followUps.map((followUp) => (
                  <li key={followUp.id}>
                    {followUp.description} ({followUp.ownerName ?? t('followUp.secretariat')},{' '}
                    {followUp.dueDate
                      ? format.dateTime(new Date(`${followUp.dueDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
                      : t('followUp.byNextMeetingShort')}
                    ) · {t(`followUpStatus.${followUp.status}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {renderControls?.(item)}
        </li>
      ))}
    </ol>
  );
}
