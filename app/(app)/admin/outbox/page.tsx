import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { OutboxTable } from '@/components/email/outbox-table';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { FilterInput, FilterSelect } from '@/components/ui/filter-select';
import { KeysetPagination } from '@/components/ui/keyset-pagination';
import { listHref } from '@/components/ui/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { officeTimeZone, smtpUrl } from '@/lib/config';
import { findOutbox, findOutboxSchema } from '@/lib/email/find-outbox';
import { emailKinds, emailStatuses } from '@/lib/email/values';
import { requirePermission } from '@/lib/page-guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('email'))('title') };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePermission('email:read');
  const input = findOutboxSchema.parse(await searchParams);
  const [outbox, t] = await Promise.all([findOutbox({ actor, input }), getTranslations('email')]);
  const filters = { status: input.status, kind: input.kind, to: input.to };
  const isFiltered = Object.values(filters).some(Boolean);
  const params = { ...filters, before: input.before?.toString(), after: input.after?.toString() };
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-4">
        <Alert tone="info">{smtpUrl ? t('deliveryOn') : t('deliveryOff')}</Alert>
        {outbox.shown && (
          <Panel title={`${outbox.shown.subject}`} intro={t('message', { to: outbox.shown.toAddress })}>
            <pre className="max-h-96 overflow-auto rounded-md bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-800">{outbox.shown.body}</pre>
            <Link href={listHref('/admin/outbox', params)} className={buttonClasses('ghost', 'mt-3')}>
              {t('close')}
            </Link>
          </Panel>
        )}
        <form action="/admin/outbox" className="flex flex-wrap items-end gap-3">
          <FilterSelect
            id="outbox-status"
            name="status"
            label={t('status')}
            allLabel={t('allStatuses')}
            options={emailStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            selected={input.status}
            className="min-w-48"
          />
          <FilterSelect
            id="outbox-kind"
            name="kind"
            label={t('kind')}
            allLabel={t('allKinds')}
            options={emailKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            selected={input.kind}
            className="min-w-56"
          />
          <FilterInput id="outbox-to" name="to" type="email" label={t('recipient')} selected={input.to} placeholder={t('recipientPlaceholder')} className="min-w-64" />
          <button type="submit" className={buttonClasses('secondary')}>
            {t('apply')}
          </button>
          {isFiltered && (
            <Link href="/admin/outbox" className={buttonClasses('ghost')}>
              {t('clear')}
            </Link>
          )}
        </form>
        <OutboxTable messages={outbox.items} isFiltered={isFiltered} timeZone={officeTimeZone} params={params} />
        <KeysetPagination newerThan={outbox.newerThan} olderThan={outbox.olderThan} path="/admin/outbox" params={filters} />
      </div>
    </>
  );
}
