import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** A statement the app sent, as db/client.ts logs it with BENCH_SQL_LOG. */
export type LoggedStatement = { query: string; parameters: unknown[] };

// postgres.js asks for the server's array types once per new connection: setup, not the page's work.
const isConnectionSetup = (statement: LoggedStatement) => statement.query.includes('pg_catalog.pg_type');

/** Reads the statements appended to the log after a point, so one request's can be told apart. */
export class StatementLog {
  constructor(readonly file: string) {}

  /** The point to read from for the next request. */
  end(): number {
    try {
      return statSync(this.file).size;
    } catch {
      return 0;
    }
  }

  since(start: number): LoggedStatement[] {
    const length = this.end() - start;
    if (length <= 0) return [];
    const buffer = Buffer.alloc(length);
    const fd = openSync(this.file, 'r');
    try {
      readSync(fd, buffer, 0, length, start);
    } finally {
      closeSync(fd);
    }
    return buffer
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LoggedStatement)
      .filter((statement) => !isConnectionSetup(statement));
  }
}

export type StatementCount = {
  /** The most any of the repeated requests sent. */
  count: number;
  /** Every repeat sent the same number: nothing varies between requests of one page. */
  isStable: boolean;
  statements: LoggedStatement[];
};

/**
 * The statements one request sends: the request is made alone (nothing else runs on the server),
 * and the log read once its response has ended, since the app appends synchronously before each
 * statement goes out. Repeated, after a first request that warms the server.
 */
export async function countStatements(log: StatementLog, send: () => Promise<void>, repeats: number): Promise<StatementCount> {
  await send();
  const counts: number[] = [];
  let statements: LoggedStatement[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = log.end();
    await send();
    statements = log.since(start);
    counts.push(statements.length);
  }
  return { count: Math.max(...counts), isStable: counts.every((count) => count === counts[0]), statements };
}
