import { exportContributionsCsv } from '@/lib/programme/export-csv';
import { findContributionsSchema } from '@/lib/programme/schemas';
import { csvResponse } from '../csv-response';

// The contributions of the page's filter, as CSV.
export async function GET(request: Request): Promise<Response> {
  const input = findContributionsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse('contributions.csv', (actor) => exportContributionsCsv({ actor, input }));
}
