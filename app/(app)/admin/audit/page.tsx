import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditTable } from '@/components/audit/audit-table';
import { buttonClasses } from '@/components/ui/button';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { officeTimeZone } from '@/lib/config';
import { auditEntityTypes, findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { requirePermission } from '@/lib/page-guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission('audit:read');
  const input = findAuditEventsSchema.parse(await searchParams);
  const [events, t] = await Promise.all([findAuditEvents({ actor, input }), getTranslations('audit')]);
  return (
    <>
      <PageHeader title={t('title')} intro={`${t('intro')} ${t('timeZoneNote', { timeZone: officeTimeZone })}`} />
      <form action="/admin/audit" className="mb-4 flex items-end gap-3">
        <FilterSelect
          id="audit-entity"
          name="entity"
          label={t('filter')}
          allLabel={t('allRecords')}
          options={auditEntityTypes.map((type) => ({ value: type, label: t(`entities.${type}`) }))}
          selected={input.entity}
          className="min-w-48"
        />
        <button type="submit" className={buttonClasses('secondary')}>
          {t('apply')}
        </button>
      </form>
      <AuditTable events={events.items} />
      <Pagination page={events.page} pageCount={events.pageCount} path="/admin/audit" params={{ entity: input.entity }} />
    </>
  );
}
