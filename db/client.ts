import 'server-only';
import { appendFileSync, mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

// One typed `db` for both stores: the query builder is the same, so callers never know which one runs.
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: queries take one so use-cases can compose them. */
export type Executor = Db | Tx;

type Store = { db: Db; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

export const defaultPgliteDir = '.data/pglite';

/**
 * The benchmark counts and explains the statements each page sends (bench/statement-log.ts): when it
 * names a file in BENCH_SQL_LOG, every statement is appended there as a JSON line. Unset, nothing is.
 */
function statementLog(): Pick<postgres.Options<{}>, 'debug'> {
  const file = process.env.BENCH_SQL_LOG;
  if (!file) return {};
  return { debug: (_connection, query, parameters) => appendFileSync(file, `${JSON.stringify({ query, parameters })}\n`) };
}

function openStore(): Store {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {}, ...statementLog() });
    const db = drizzlePostgres({ client, schema, casing: 'snake_case' });
    return { db, kind: 'postgres', close: () => client.end() };
  }
  const dir = process.env.PGLITE_DIR ?? defaultPgliteDir;
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  // pg_trgm: the users list's search reads trigram indexes (migration 0015).
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

// Kept on globalThis so that dev-server reloads and test files reuse one connection per process:
// PGlite allows only one process (and one instance) per data folder.
const globalStore = globalThis as unknown as { secretariatStore?: Store };

function store(): Store {
  globalStore.secretariatStore ??= openStore();
  return globalStore.secretariatStore;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = store().db as unknown as Record<PropertyKey, unknown>;
    const value = target[property];
    return typeof value === 'function' ? value.bind(target) : value;
  },
});

/** The database of the store in use (not the proxy): prepared reads are built once per store. */
export function storeDb(): Db {
  return store().db;
}

export function databaseKind(): Store['kind'] {
  return store().kind;
}

export async function closeDb(): Promise<void> {
  const current = globalStore.secretariatStore;
  globalStore.secretariatStore = undefined;
  await current?.close();
}
