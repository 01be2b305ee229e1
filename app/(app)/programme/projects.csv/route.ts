import { exportProjectsCsv } from '@/lib/programme/export-csv';
import { findProjectsSchema } from '@/lib/programme/schemas';
import { csvResponse } from '../csv-response';

// The projects of the list's filter, as CSV.
export async function GET(request: Request): Promise<Response> {
  const input = findProjectsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse('projects.csv', (actor) => exportProjectsCsv({ actor, input }));
}
