import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableName } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';

type CopyValue = string | number | boolean | Date | Buffer | Record<string, unknown> | null | undefined;

// COPY's text format: tab-separated columns, \N for null, and backslash escapes for the separators.
function encodeValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

const linesPerChunk = 2_000;

function* chunks<Row>(rows: Iterable<Row>, encode: (row: Row) => string): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(encode(row));
    if (lines.length === linesPerChunk) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/**
 * Streams rows into a table with COPY, the fastest way in: columns are named by the schema's keys
 * (the app's snake_case casing gives their SQL names), so a renamed column fails the typecheck here.
 * Returns the number of rows written.
 */
export async function copyInto<Table extends PgTable, Column extends keyof Table['$inferInsert'] & string>(
  sql: Sql,
  table: Table,
  columns: readonly Column[],
  rows: Iterable<Pick<Table['$inferInsert'], Column>>,
): Promise<number> {
  let count = 0;
  const encode = (row: Pick<Table['$inferInsert'], Column>) => {
    count += 1;
    return `${columns.map((column) => encodeValue(row[column] as CopyValue)).join('\t')}\n`;
  };
  const columnList = columns.map((column) => `"${toSnakeCase(column)}"`).join(', ');
  const writable = await sql.unsafe(`copy "${getTableName(table)}" (${columnList}) from stdin`).writable();
  await pipeline(Readable.from(chunks(rows, encode)), writable);
  return count;
}
