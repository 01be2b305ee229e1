import { assertLocalDatabase } from '@/db/local-guard';

/** The database the integration tests use: the PostgreSQL server at DATABASE_URL, else their own PGlite folder. */
export function useTestDatabase(): void {
  assertLocalDatabase(process.env.DATABASE_URL);
  if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = '.data/test-pglite';
}
