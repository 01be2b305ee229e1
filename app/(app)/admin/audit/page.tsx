import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { AuditTable } from '@/components/audit/audit-table';
import { buttonClasses } from '@/components/ui/button';
import { FilterDate, FilterSelect } from '@/components/ui/filter-select';
import { KeysetPagination } from '@/components/ui/keyset-pagination';
import { PageHeader } from '@/components/ui/page-header';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { auditEntityTypes, findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { officeTimeZone } from '@/lib/config';
import { requirePermission } from '@/lib/page-guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePermission('audit:read');
  const input = findAuditEventsSchema.parse(await searchParams);
  const [events, t] = await Promise.all([findAuditEvents({ actor, input }), getTranslations('audit')]);
  const isFiltered = Boolean(input.entity || input.from || input.to || input.before || input.after);
  return (
    <>
      <PageHeader title={t('title')} intro={`${t('intro')} ${t('timeZoneNote', { timeZone: officeTimeZone })}`} />
      <form action="/admin/audit" className="mb-4 flex flex-wrap items-end gap-3">
        <FilterSelect
          id="audit-entity"
          name="entity"
          label={t('filter')}
          allLabel={t('allRecords')}
          options={auditEntityTypes.map((type) => ({ value: type, label: t(`entities.${type}`) }))}
          selected={input.entity}
          className="min-w-48"
        />
        <FilterDate id="audit-from" name="from" label={t('from')} selected={input.from} />
        <FilterDate id="audit-to" name="to" label={t('to')} selected={input.to} />
        <button type="submit" className={buttonClasses('secondary')}>
          {t('apply')}
        </button>
        {isFiltered && (
          <Link href="/admin/audit" className={buttonClasses('ghost')}>
            {t('clear')}
          </Link>
        )}
      </form>
      <AuditTable events={events.items} isFiltered={isFiltered} />
      <KeysetPagination
        newerThan={events.newerThan}
        olderThan={events.olderThan}
        path="/admin/audit"
        params={{ entity: input.entity, from: input.from, to: input.to }}
      />
    </>
  );
}
