import postgres from 'postgres';
import { closeDb } from '@/db/client';
import { assertLocalDatabase } from '@/db/local-guard';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';

/** Every database the benchmark makes starts with this, and nothing else's does. */
const databasePrefix = 'secretariat_bench';

/** The PostgreSQL server of DATABASE_URL: the benchmark makes its own databases there, and drops them again next run. */
export function benchServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('The benchmark needs a PostgreSQL server: set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench');
  }
  assertLocalDatabase(url);
  return url;
}

export function benchDatabaseUrl(serverUrl: string, label: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databasePrefix}_${label}`;
  return url.toString();
}

/**
 * Drops and makes the database again, then applies the app's own migrations and demo seed (the demo
 * accounts are how the benchmark signs in), through the app's database module.
 */
export async function freshDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!new RegExp(`^${databasePrefix}_[a-z0-9_]+$`).test(name)) throw new Error(`not a benchmark database: ${name}`);
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    await migrateDatabase();
    await seedDatabase({ demo: true });
  } finally {
    await closeDb();
    process.env.DATABASE_URL = previous;
  }
}
