import 'server-only';
import { contributionTotalsByParty, contributionTotalsByYear, coreFundPosition, projectCountsByAreaAndStatus } from '@/db/queries/programme';
import { appNow } from '../clock';
import { assertCan, type Actor } from '../permissions';
import { firstYearShown } from './rules';
import type { DashboardInput } from './schemas';
import { projectStatuses, type ProjectStatus } from './values';

export type AreaStatusRow = { areaCode: string; areaName: string } & Record<ProjectStatus, number>;

/** Counts by area and status as one row per area, a column per status (what the chart and its table show). */
export function pivotProjectCounts(rows: { areaCode: string; areaName: string; status: ProjectStatus | null; count: number }[]): AreaStatusRow[] {
  const byArea = new Map<string, AreaStatusRow>();
  for (const row of rows) {
    const entry =
      byArea.get(row.areaCode) ??
      ({ areaCode: row.areaCode, areaName: row.areaName, ...Object.fromEntries(projectStatuses.map((s) => [s, 0])) } as AreaStatusRow);
    if (row.status) entry[row.status] += Number(row.count);
    byArea.set(row.areaCode, entry);
  }
  return [...byArea.values()];
}

/** The contributions the dashboard totals: those of the years its period covers. */
export function dashboardContributionFilter(input: DashboardInput) {
  return { sinceYear: firstYearShown(input.years, appNow()) };
}

// The programme dashboard: projects by area and status, contributions of the period by year and by
// party (per currency), and the core fund's position over every year.
export async function getDashboard({ actor, input }: { actor: Actor; input: DashboardInput }) {
  assertCan(actor, 'programme:read');
  const filter = dashboardContributionFilter(input);
  const [counts, byYear, byParty, coreFund] = await Promise.all([
    projectCountsByAreaAndStatus(),
    contributionTotalsByYear(filter),
    contributionTotalsByParty(filter),
    coreFundPosition(),
  ]);
  return { projectsByArea: pivotProjectCounts(counts), byYear, byParty, coreFund, sinceYear: filter.sinceYear };
}
