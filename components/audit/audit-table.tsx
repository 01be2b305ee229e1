import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { DescribedEvent } from '@/lib/audit-log/describe-events';
import { showChanges } from '@/lib/changes';
import { ChangeList } from '../changes/change-list';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

export function AuditTable({ events, isFiltered }: { events: DescribedEvent[]; isFiltered: boolean }) {
  const t = useTranslations('audit');
  const words = useTranslations();
  const format = useFormatter();
  if (events.length === 0) return <EmptyState>{isFiltered ? t('emptyFiltered') : t('empty')}</EmptyState>;
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const entityLabel = (type: string) => (t.has(`entity.${type}`) ? t(`entity.${type}`) : type);
  return (
    <DataTable
      isDense
      columns={[{ label: t('when') }, { label: t('who') }, { label: t('what') }, { label: t('record') }, { label: t('change') }]}
    >
      {events.map((event) => (
        <tr key={event.id} className="align-top">
          <td className="whitespace-nowrap text-slate-700">
            {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
          </td>
          <td className="text-slate-800">{event.actorName ?? t('system')}</td>
          <td className="font-medium text-slate-900">{actionLabel(event.action)}</td>
          <td>
            <span className="block text-xs text-slate-600">{entityLabel(event.entityType)}</span>
            {event.record?.href ? (
              <Link href={event.record.href} className="text-brand-700 hover:underline">
                {event.record.label}
              </Link>
            ) : (
              (event.record?.label ?? (event.entityId ? t('removedRecord') : t('noRecord')))
            )}
          </td>
          <td className="max-w-md text-xs text-slate-700">
            <ChangeList changes={showChanges(event.changes, words, format)} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
