import { getTableName, isTable, sql, type Table } from 'drizzle-orm';
import { afterAll, beforeEach, vi } from 'vitest';
import { closeDb, db } from '@/db/client';
import * as schema from '@/db/schema';
import { useTestDatabase } from './test-database';

useTestDatabase();

// next-intl reads the locale from the request, which a test has not: here every server action and
// route words its messages in English, from the real catalog.
vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  const { default: messages } = await import('@/messages/en');
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'en', messages, namespace: namespace as never }),
    getFormatter: async () => createFormatter({ locale: 'en', timeZone: 'UTC' }),
  };
});

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
