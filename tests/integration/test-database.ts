import { cpSync, rmSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { assertLocalDatabase } from '@/db/local-guard';

/** The environment that points one worker's process at its own database. */
export type WorkerDatabase = { DATABASE_URL: string } | { PGLITE_DIR: string };

declare module 'vitest' {
  interface ProvidedContext {
    workerDatabases: WorkerDatabase[];
  }
}

const pgliteRoot = '.data/test-pglite';

/**
 * The database migrated once before the run, which each worker gets a copy of: the PostgreSQL
 * database at DATABASE_URL, else a PGlite folder of the tests' own.
 */
export function useTemplateDatabase(): void {
  assertLocalDatabase(process.env.DATABASE_URL);
  if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = `${pgliteRoot}/template`;
}

function withDatabaseName(url: string, name: string): string {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

function workerDatabaseNames(templateUrl: string, workers: number): string[] {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  return Array.from({ length: workers }, (_, index) => `${template}_worker_${index + 1}`);
}

/** PostgreSQL copies a database only while nobody else is connected to it: the server's own jobs may briefly be. */
async function createFromTemplate(server: postgres.Sql, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await server.unsafe(`create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

function maintenanceConnection(templateUrl: string): postgres.Sql {
  return postgres(withDatabaseName(templateUrl, 'postgres'), { max: 1, onnotice: () => {} });
}

/**
 * Copies the migrated template once per worker, so that files run side by side and each empties
 * only its own database. Called once, after the template is migrated and closed.
 */
export async function copyTemplateForWorkers(workers: number): Promise<WorkerDatabase[]> {
  const templateUrl = process.env.DATABASE_URL;
  if (!templateUrl) {
    return Array.from({ length: workers }, (_, index) => {
      const dir = `${pgliteRoot}/worker-${index + 1}`;
      rmSync(dir, { recursive: true, force: true });
      cpSync(process.env.PGLITE_DIR!, dir, { recursive: true });
      return { PGLITE_DIR: dir };
    });
  }
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const server = maintenanceConnection(templateUrl);
  try {
    const databases: WorkerDatabase[] = [];
    for (const name of workerDatabaseNames(templateUrl, workers)) {
      await server.unsafe(`drop database if exists "${name}" with (force)`);
      await createFromTemplate(server, name, template);
      databases.push({ DATABASE_URL: withDatabaseName(templateUrl, name) });
    }
    return databases;
  } finally {
    await server.end();
  }
}

/** Drops the workers' PostgreSQL copies after the run (PGlite folders stay under .data, rebuilt next run). */
export async function dropWorkerCopies(workers: number): Promise<void> {
  const templateUrl = process.env.DATABASE_URL;
  if (!templateUrl) return;
  const server = maintenanceConnection(templateUrl);
  try {
    for (const name of workerDatabaseNames(templateUrl, workers)) {
      await server.unsafe(`drop database if exists "${name}" with (force)`);
    }
  } finally {
    await server.end();
  }
}

/** Points this test file's process at its worker's own copy of the template. */
export function useWorkerDatabase(): void {
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  const database = inject('workerDatabases')[worker - 1];
  if (!database) throw new Error(`No integration database was prepared for worker ${worker}`);
  Object.assign(process.env, database);
  assertLocalDatabase(process.env.DATABASE_URL);
}
