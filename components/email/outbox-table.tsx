import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { OutboxListItem } from '@/db/queries/email';
import type { EmailStatus } from '@/lib/email/values';
import { Badge } from '../ui/badge';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { listHref } from '../ui/pagination';

const statusTones: Record<EmailStatus, 'neutral' | 'brand' | 'success' | 'warning' | 'danger'> = {
  pending: 'neutral',
  sending: 'warning',
  sent: 'success',
  failed: 'danger',
};

type OutboxTableProps = {
  messages: OutboxListItem[];
  isFiltered: boolean;
  timeZone: string;
  /** The page's filters, kept on each message's "Read" link. */
  params: Record<string, string | undefined>;
};

export function OutboxTable({ messages, isFiltered, timeZone, params }: OutboxTableProps) {
  const t = useTranslations('email');
  const format = useFormatter();
  if (messages.length === 0) return <EmptyState>{isFiltered ? t('emptyFiltered') : t('empty')}</EmptyState>;
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <DataTable
      columns={[{ label: t('queuedAt') }, { label: t('to') }, { label: t('subject') }, { label: t('status') }, { label: t('attempts') }, { label: t('lastError') }, { label: t('show'), isLabelHidden: true }]}
      label={t('title')}
    >
      {messages.map((message) => (
        <tr key={message.id}>
          <td className="whitespace-nowrap text-slate-700">{when(message.createdAt)}</td>
          <td className="text-slate-900">{message.toAddress}</td>
          <th scope="row" className="font-normal text-slate-900">
            {message.subject}
            <span className="block text-xs text-slate-600">{t(`kinds.${message.kind}`)}</span>
          </th>
          <td>
            <Badge tone={statusTones[message.status]}>{t(`statuses.${message.status}`)}</Badge>
            {message.sentAt && <span className="block text-xs text-slate-600">{t('sentAt', { time: when(message.sentAt) })}</span>}
            {message.status === 'sending' && <span className="block max-w-56 text-xs text-slate-600">{t('sendingNote')}</span>}
          </td>
          <td className="text-slate-700">{message.attempts}</td>
          <td className="max-w-64 text-xs break-words text-red-800">{message.lastError}</td>
          <td>
            <Link
              href={listHref('/admin/outbox', { ...params, message: String(message.id) })}
              className="text-brand-700 hover:underline"
              aria-label={t('showLabel', { subject: message.subject, to: message.toAddress })}
            >
              {t('show')}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
