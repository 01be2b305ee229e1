import { getTableName, isTable, sql, type Table } from 'drizzle-orm';
import { afterAll, beforeEach } from 'vitest';
import { closeDb, db } from '@/db/client';
import * as schema from '@/db/schema';
import { useTestDatabase } from './test-database';

useTestDatabase();

const tableNames = (Object.values(schema) as unknown[])
  .filter((value): value is Table => isTable(value))
  .map((table) => `"${getTableName(table)}"`)
  .join(', ');

beforeEach(async () => {
  await db.execute(sql.raw(`truncate table ${tableNames} restart identity cascade`));
});

// PGlite allows one open instance per folder: let the next file open it.
afterAll(async () => {
  await closeDb();
});
