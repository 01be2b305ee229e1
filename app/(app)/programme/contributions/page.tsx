import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CoreFundTable, TotalsByPartyTable, TotalsByYearTable } from '@/components/programme/contribution-tables';
import { ContributionForm, RemoveContributionButton } from '@/components/programme/controls';
import { ProgrammeTabs } from '@/components/programme/programme-tabs';
import { buttonClasses } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { listHref, Pagination } from '@/components/ui/pagination';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { calendarDay } from '@/lib/time-zones';
import { findContributions } from '@/lib/programme/find-contributions';
import { getProgrammeFormOptions } from '@/lib/programme/get-programme-form-options';
import { formatAmount } from '@/lib/programme/money';
import { findContributionsSchema } from '@/lib/programme/schemas';
import { requireActor } from '@/lib/session';
import { recordContributionAction, removeContributionAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('contributions') };
}

export default async function ContributionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const input = findContributionsSchema.parse(await searchParams);
  const [result, t, tCommon, format] = await Promise.all([
    orRefusalPage(findContributions({ actor, input })),
    getTranslations('programme'),
    getTranslations('common'),
    getFormatter(),
  ]);
  const options = result.can.manage ? await getProgrammeFormOptions({ actor }) : null;
  const params = { year: input.year ? String(input.year) : undefined, party: input.party };
  const thisYear = new Date().getUTCFullYear();
  // A contribution as the removal names it: "Japan: Pledge for 2025, 100,000.00 USD".
  const describe = (c: (typeof result.items)[number]) =>
    t('contributionDescription', { party: c.partyName, kind: t(`contributionKinds.${c.kind}`), year: String(c.year), amount: formatAmount(c.amount, c.currency) });
  return (
    <ClientMessages hasClientParts={result.can.manage} namespaces={['programme', 'common']} formErrors={['common', 'programme']}>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <a className={buttonClasses('secondary')} href={listHref('/programme/contributions.csv', params)} download>
            {t('exportCsv')}
          </a>
        }
      />
      <ProgrammeTabs current="contributions" />
      <div className="space-y-6">
        <form action="/programme/contributions" aria-label={t('filters')} className="flex flex-wrap items-end gap-3">
          <FilterSelect
            id="filter-year"
            name="year"
            label={t('year')}
            allLabel={t('allYears')}
            options={result.years.map((y) => ({ value: String(y), label: String(y) }))}
            selected={params.year}
          />
          <FilterSelect
            id="filter-party"
            name="party"
            label={t('party')}
            allLabel={t('allParties')}
            options={result.parties.map((p) => ({ value: p.code, label: p.name }))}
            selected={input.party}
          />
          <button type="submit" className={buttonClasses('secondary')}>
            {t('filter')}
          </button>
          {(input.year || input.party) && (
            <Link href="/programme/contributions" className={buttonClasses('ghost')}>
              {tCommon('clear')}
            </Link>
          )}
        </form>
        {result.items.length === 0 ? (
          <EmptyState>{t('noContributions')}</EmptyState>
        ) : (
          <DataTable
            label={t('contributions')}
            columns={[
              { label: t('date') },
              { label: t('party') },
              { label: t('kind') },
              { label: t('amount') },
              { label: t('earmarked') },
              { label: t('note') },
              ...(result.can.manage ? [{ label: t('removeColumn'), isLabelHidden: true }] : []),
            ]}
          >
            {result.items.map((c) => (
              <tr key={c.id}>
                <td className="whitespace-nowrap">{format.dateTime(calendarDay(c.date), { dateStyle: 'medium', timeZone: 'UTC' })}</td>
                <th scope="row" className="font-medium">
                  {c.partyName}
                </th>
                <td>{t(`contributionKinds.${c.kind}`)}</td>
                <td className="whitespace-nowrap tabular-nums">{formatAmount(c.amount, c.currency)}</td>
                <td>{c.projectCode ?? t('coreFund')}</td>
                <td>{c.note}</td>
                {result.can.manage && (
                  <td>
                    <RemoveContributionButton
                      input={{ contributionId: c.id }}
                      variant="danger"
                      labels={{
                        trigger: t('removeContribution'),
                        triggerAria: t('removeContributionLabel', { description: describe(c) }),
                        title: t('removeContributionTitle', { description: describe(c) }),
                        body: t('removeContributionBody'),
                      }}
                      action={removeContributionAction}
                    />
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} path="/programme/contributions" params={params} />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <Panel title={t('totalsByYear')}>
            <TotalsByYearTable rows={result.byYear} label={t('totalsByYear')} />
          </Panel>
          <Panel title={t('totalsByParty')}>
            <TotalsByPartyTable rows={result.byParty} label={t('totalsByParty')} />
          </Panel>
        </div>
        <Panel title={t('chart.coreFund')} intro={t('chart.coreFundIntro')}>
          <CoreFundTable rows={result.coreFund} label={t('chart.coreFund')} />
        </Panel>
        {options && (
          <Panel title={t('recordContribution')}>
            <ContributionForm parties={options.parties} projects={options.projects} defaultYear={thisYear} action={recordContributionAction} />
          </Panel>
        )}
      </div>
    </ClientMessages>
  );
}
