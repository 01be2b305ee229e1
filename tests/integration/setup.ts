import { afterAll, beforeEach, vi } from 'vitest';
import { closeDb, db } from '@/db/client';
import { emptyTables } from './empty-tables';
import { useWorkerDatabase } from './test-database';

useWorkerDatabase();

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

beforeEach(async () => {
  await emptyTables(db);
});

// PGlite allows one open instance per folder: let the worker's next file open it.
afterAll(async () => {
  await closeDb();
});
