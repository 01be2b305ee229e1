import { exportChartCsv } from '@/lib/programme/export-csv';
import { dashboardSchema } from '@/lib/programme/schemas';
import { csvResponse } from '../../../csv-response';

// The numbers of one dashboard chart, for the period the dashboard shows, as CSV.
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  const { chart } = await params;
  const input = dashboardSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse(`${chart.replace(/[^a-z-]/g, '')}.csv`, (actor) => exportChartCsv({ actor, input: { ...input, chart } }));
}
