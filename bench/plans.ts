import postgres from 'postgres';
import type { LoggedStatement } from './statement-log';

export type ExplainedStatement = {
  query: string;
  parameters: unknown[];
  plan: string;
  executionMs: number;
  /** Tables read whole (Seq Scan), with the rows the scan went through. */
  seqScans: { table: string; rows: number }[];
};

/** A literal for a logged parameter (postgres.js logs them as the text it sends): typed by the query, as a parameter is. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** The statement with its $1, $2 ... written in, so EXPLAIN plans it for these very values. */
export function withParameters(statement: LoggedStatement): string {
  return statement.query.replace(/\$(\d+)\b/g, (placeholder, index: string) => {
    const position = Number(index) - 1;
    return position < statement.parameters.length ? literal(statement.parameters[position]) : placeholder;
  });
}

export function seqScansOf(plan: string): { table: string; rows: number }[] {
  // "Seq Scan on audit_events  (cost=...) (actual time=... rows=1000000 loops=1)"
  return [...plan.matchAll(/Seq Scan on (\w+)[^\n]*?actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/g)].map((match) => ({
    table: match[1]!,
    rows: Number(match[2]) * Number(match[3]),
  }));
}

/** EXPLAIN (ANALYZE, BUFFERS) of each distinct read a page sent, on the database it ran on. */
export async function explainReads(databaseUrl: string, statements: LoggedStatement[]): Promise<ExplainedStatement[]> {
  const reads = statements.filter((statement) => /^\s*(select|with)\b/i.test(statement.query));
  const distinct = [...new Map(reads.map((statement) => [JSON.stringify(statement), statement])).values()];
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const explained: ExplainedStatement[] = [];
    for (const statement of distinct) {
      const rows = await sql.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${withParameters(statement)}`);
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      explained.push({ ...statement, plan, executionMs, seqScans: seqScansOf(plan) });
    }
    return explained;
  } finally {
    await sql.end();
  }
}
