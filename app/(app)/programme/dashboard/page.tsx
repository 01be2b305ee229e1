import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeBarChart } from '@/components/programme/bar-chart-lazy';
import { ChartPanel } from '@/components/programme/chart-panel';
import { CoreFundTable, TotalsByPartyTable, TotalsByYearTable } from '@/components/programme/contribution-tables';
import { ProgrammeTabs } from '@/components/programme/programme-tabs';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { listHref } from '@/components/ui/pagination';
import { Panel } from '@/components/ui/panel';
import { ViewSwitch } from '@/components/ui/view-switch';
import { orRefusalPage } from '@/lib/page-guards';
import { getDashboard } from '@/lib/programme/get-dashboard';
import { amountForChart } from '@/lib/programme/money';
import { dashboardSchema } from '@/lib/programme/schemas';
import { projectStatuses } from '@/lib/programme/values';
import { requireActor } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programme'))('dashboard') };
}

const statusColors = { proposed: '#94a3b8', ongoing: '#1d4ed8', completed: '#047857', suspended: '#b45309' } as const;
const pledgedColor = '#6366f1';
const paidColor = '#059669';

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const input = dashboardSchema.parse(await searchParams);
  const [dashboard, t] = await Promise.all([orRefusalPage(getDashboard({ actor, input })), getTranslations('programme')]);
  // The default period goes without a parameter, so the tab's address is the recent years.
  const periodParams = { years: input.years === 'all' ? 'all' : undefined };
  const chartCsvHref = (chart: string) => listHref(`/programme/dashboard/csv/${chart}`, periodParams);
  const currencies = [...new Set(dashboard.byYear.map((r) => r.currency))];
  // The charts say which years they total, so their figures are not read as the contributions page's, which lists every year.
  const period = dashboard.sinceYear === undefined ? t('chart.periodAll') : t('chart.periodSince', { year: String(dashboard.sinceYear) });
  const amountSeries = [
    { key: 'pledged', label: t('pledged'), color: pledgedColor },
    { key: 'paid', label: t('paid'), color: paidColor },
  ];
  const projectsTitle = t('chart.projectsByArea');
  const byYearTitle = t('chart.contributionsByYear');
  const byPartyTitle = t('chart.contributionsByParty');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ProgrammeTabs current="dashboard" />
      <div className="space-y-6">
        <ChartPanel
          id="projects-by-area"
          title={projectsTitle}
          intro={t('chart.projectsByAreaIntro')}
          csvHref="/programme/dashboard/csv/projects-by-area"
          chart={
            <ProgrammeBarChart
              stacked
              horizontal
              category="areaName"
              data={dashboard.projectsByArea}
              series={projectStatuses.map((s) => ({ key: s, label: t(`statuses.${s}`), color: statusColors[s] }))}
            />
          }
          table={
            <DataTable
              isDense
              label={t('chart.dataTable', { title: projectsTitle })}
              columns={[{ label: t('area') }, ...projectStatuses.map((s) => ({ label: t(`statuses.${s}`) }))]}
            >
              {dashboard.projectsByArea.map((row) => (
                <tr key={row.areaCode}>
                  <th scope="row" className="font-medium">
                    {row.areaName}
                  </th>
                  {projectStatuses.map((s) => (
                    <td key={s} className="tabular-nums">
                      {row[s]}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          }
        />
        <ViewSwitch
          label={t('chart.yearsShown')}
          current={input.years}
          options={[
            { key: 'recent', href: '/programme/dashboard', label: t('chart.recentYears') },
            { key: 'all', href: listHref('/programme/dashboard', { years: 'all' }), label: t('allYears') },
          ]}
        />
        <ChartPanel
          id="contributions-by-year"
          title={byYearTitle}
          intro={t('chart.contributionsByYearIntro', { period, currency: currencies.join(', ') || '—' })}
          csvHref={chartCsvHref('contributions-by-year')}
          chart={
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {currencies.map((currency) => (
                <figure key={currency}>
                  <figcaption className="text-xs font-medium text-slate-600">{currency}</figcaption>
                  <ProgrammeBarChart
                    category="year"
                    series={amountSeries}
                    data={dashboard.byYear
                      .filter((r) => r.currency === currency)
                      .map((r) => ({ year: String(r.year), pledged: amountForChart(r.pledged), paid: amountForChart(r.paid) }))}
                  />
                </figure>
              ))}
            </div>
          }
          table={<TotalsByYearTable rows={dashboard.byYear} label={t('chart.dataTable', { title: byYearTitle })} />}
        />
        <ChartPanel
          id="contributions-by-party"
          title={byPartyTitle}
          intro={t('chart.contributionsByPartyIntro', { period })}
          csvHref={chartCsvHref('contributions-by-party')}
          chart={
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {currencies.map((currency) => (
                <figure key={currency}>
                  <figcaption className="text-xs font-medium text-slate-600">{currency}</figcaption>
                  <ProgrammeBarChart
                    category="party"
                    series={amountSeries}
                    data={dashboard.byParty
                      .filter((r) => r.currency === currency)
                      .map((r) => ({ party: r.partyCode, pledged: amountForChart(r.pledged), paid: amountForChart(r.paid) }))}
                  />
                </figure>
              ))}
            </div>
          }
          table={<TotalsByPartyTable rows={dashboard.byParty} label={t('chart.dataTable', { title: byPartyTitle })} />}
        />
        <Panel title={t('chart.coreFund')} intro={t('chart.coreFundIntro')}>
          <CoreFundTable rows={dashboard.coreFund} label={t('chart.coreFund')} />
        </Panel>
      </div>
    </>
  );
}
