import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import type { AuditEventRow } from '@/db/queries/audit';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

// Records that have a page of their own; a document is listed on its meeting's page.
const recordPaths: Record<string, (id: string) => string> = {
  user: (id) => `/admin/users/${id}`,
  meeting: (id) => `/meetings/${id}`,
};

/** The recorded change, as compact JSON: staff read it to see what a field was and became. */
function describeChange(change: Record<string, unknown>): string {
  const text = JSON.stringify(change);
  return text === '{}' ? '' : text;
}

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  const t = useTranslations('audit');
  const format = useFormatter();
  if (events.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const entityLabel = (type: string) => (t.has(`entity.${type}`) ? t(`entity.${type}`) : type);
  return (
    <DataTable
      isDense
      columns={[{ label: t('when') }, { label: t('who') }, { label: t('what') }, { label: t('record') }, { label: t('change') }]}
    >
      {events.map((event) => {
        // A failed sign-in with an unknown email names no record.
        const path = event.entityId ? recordPaths[event.entityType]?.(event.entityId) : undefined;
        return (
          <tr key={event.id} className="align-top">
            <td className="whitespace-nowrap text-slate-700">
              {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
            </td>
            <td className="text-slate-800">{event.actorName ?? t('system')}</td>
            <td className="font-medium text-slate-900">{actionLabel(event.action)}</td>
            <td className="whitespace-nowrap">
              {path ? (
                <Link href={path} className="text-brand-700 hover:underline">
                  {entityLabel(event.entityType)}
                </Link>
              ) : (
                entityLabel(event.entityType)
              )}
            </td>
            <td className="max-w-md font-mono text-xs break-all text-slate-700">{describeChange(event.change)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
