import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { closeDb, databaseKind, db, defaultPgliteDir } from './client';
import { assertLocalDatabase } from './local-guard';

// Drops everything, so that the next migration starts from nothing (used for a fresh e2e database).
export async function resetDatabase(): Promise<void> {
  assertLocalDatabase(process.env.DATABASE_URL);
  if (databaseKind() === 'pglite') {
    await closeDb();
    const dir = process.env.PGLITE_DIR ?? defaultPgliteDir;
    if (!dir.startsWith('memory://')) rmSync(dir, { recursive: true, force: true });
    return;
  }
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`create schema public`);
}
