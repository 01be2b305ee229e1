import { exportChartCsv } from '@/lib/programme/export-csv';
import { csvResponse } from '../../../csv-response';

// The numbers of one dashboard chart, as CSV.
export async function GET(_request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  const { chart } = await params;
  return csvResponse(`${chart.replace(/[^a-z-]/g, '')}.csv`, (actor) => exportChartCsv({ actor, input: { chart } }));
}
