import { useFormatter, useTranslations } from 'next-intl';
import type { NoticeListRow } from '@/db/queries/notices';
import { EmptyState } from '../ui/empty-state';

type NoticeListProps = {
  notices: NoticeListRow[];
  timeZone: string;
  /** Staff's view: to how many people each went, and by whom. A participant reads only when and to whom. */
  showsRecipients: boolean;
};

/** The notices sent to a meeting's participants, newest first: what, to whom and when, each message opening in place. */
export function NoticeList({ notices, timeZone, showsRecipients }: NoticeListProps) {
  const t = useTranslations('notices');
  const format = useFormatter();
  const when = (at: Date) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const audienceOf = (notice: NoticeListRow) => t(`audiencesInSentence.${notice.audience}`);
  if (notices.length === 0) return <EmptyState>{t(showsRecipients ? 'empty' : 'emptyForParticipant')}</EmptyState>;
  return (
    <ol className="divide-y divide-slate-200">
      {notices.map((notice) => (
        <li key={notice.id} className="py-4 first:pt-0 last:pb-0">
          <h3 className="font-medium text-slate-900">{notice.subject}</h3>
          <p className="mt-1 text-xs text-slate-600">
            {showsRecipients
              ? t('sentLine', { when: when(notice.sentAt), who: notice.sentByName ?? t('someone'), audience: audienceOf(notice), count: notice.recipientCount })
              : t('sentToYouLine', { when: when(notice.sentAt), audience: audienceOf(notice) })}
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
