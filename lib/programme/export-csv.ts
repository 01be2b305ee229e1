import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { contributionTotalsByParty, contributionTotalsByYear, listContributions, listProjectsForExport, projectCountsByAreaAndStatus } from '@/db/queries/programme';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { dashboardContributionFilter, pivotProjectCounts } from './get-dashboard';
import { projectStatuses } from './values';
import type { DashboardInput, FindContributionsInput, FindProjectsInput } from './schemas';

/** The most rows one download holds: the whole programme today, many times over. */
const exportLimit = 50_000;

function csv(header: string[], rows: (string | number | null)[][]): string {
  return stringify([header, ...rows.map((row) => row.map((cell) => cell ?? ''))]);
}

// Downloads of the programme's data as CSV: amounts exactly as stored (text, two decimals), with their currency.

export async function exportProjectsCsv({ actor, input }: { actor: Actor; input: Omit<FindProjectsInput, 'page'> }): Promise<string> {
  assertCan(actor, 'programme:read');
  const rows = await listProjectsForExport({ query: input.q, areaCode: input.area, status: input.status, partyCode: input.party });
  return csv(
    ['code', 'title', 'area', 'status', 'lead_party', 'partner_parties', 'implementing_partners', 'start_date', 'end_date', 'budget_amount', 'budget_currency', 'funding_source'],
    rows.map((p) => [
      p.code,
      p.title,
      p.areaName,
      p.status,
      p.leadPartyCode,
      p.partnerCodes,
      p.implementingPartners,
      p.startDate,
      p.endDate,
      p.budgetAmount,
      p.budgetCurrency,
      p.fundingSource,
    ]),
  );
}

export async function exportContributionsCsv({ actor, input }: { actor: Actor; input: Omit<FindContributionsInput, 'page'> }): Promise<string> {
  assertCan(actor, 'programme:read');
  const { rows } = await listContributions({ year: input.year, partyCode: input.party, limit: exportLimit });
  return csv(
    ['date', 'year', 'party', 'kind', 'amount', 'currency', 'earmarked_project', 'note'],
    rows.map((c) => [c.date, c.year, c.partyCode, c.kind, c.amount, c.currency, c.projectCode, c.note]),
  );
}

/** The numbers of one dashboard chart, as its data table shows them for the same period. */
export async function exportChartCsv({ actor, input }: { actor: Actor; input: DashboardInput & { chart: string } }): Promise<string> {
  assertCan(actor, 'programme:read');
  switch (input.chart) {
    case 'projects-by-area': {
      const projectsByArea = pivotProjectCounts(await projectCountsByAreaAndStatus());
      return csv(['area', ...projectStatuses], projectsByArea.map((row) => [row.areaName, ...projectStatuses.map((s) => row[s])]));
    }
    case 'contributions-by-year':
      return csv(
        ['year', 'currency', 'pledged', 'paid'],
        (await contributionTotalsByYear(dashboardContributionFilter(input))).map((r) => [r.year, r.currency, r.pledged, r.paid]),
      );
    case 'contributions-by-party':
      return csv(
        ['party', 'currency', 'pledged', 'paid'],
        (await contributionTotalsByParty(dashboardContributionFilter(input))).map((r) => [r.partyCode, r.currency, r.pledged, r.paid]),
      );
    default:
      throw new AppError('NOT_FOUND', 'notFound');
  }
}
