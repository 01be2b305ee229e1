import { useFormatter, useTranslations } from 'next-intl';
import type { NoticeListRow } from '@/db/queries/notices';
import { EmptyState } from '../ui/empty-state';

/** The notices sent to a meeting's participants, newest first: what, to whom, by whom and when, each message opening in place. */
export function NoticeList({ notices, timeZone }: { notices: NoticeListRow[]; timeZone: string }) {
  const t = useTranslations('notices');
  const format = useFormatter();
  if (notices.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ol className="divide-y divide-slate-200">
      {notices.map((notice) => (
        <li key={notice.id} className="py-4 first:pt-0 last:pb-0">
          <h3 className="font-medium text-slate-900">{notice.subject}</h3>
          <p className="mt-1 text-xs text-slate-600">
            {t('sentLine', {
              when: format.dateTime(notice.sentAt, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
              who: notice.sentByName ?? t('someone'),
              audience: t(`audiencesInSentence.${notice.audience}`),
              count: notice.recipientCount,
            })}
          </p>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700 hover:underline">{t('showMessage')}</summary>
            <p className="mt-2 rounded-md bg-slate-50 p-3 whitespace-pre-wrap text-slate-800">{notice.body}</p>
          </details>
        </li>
      ))}
    </ol>
  );
}
