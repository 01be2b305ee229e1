import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { databaseKind, db } from './client';

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

// Applies the committed drizzle-kit migrations that this database has not seen yet.
export async function migrateDatabase(): Promise<void> {
  if (databaseKind() === 'pglite') {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(db, { migrationsFolder });
  }
}
