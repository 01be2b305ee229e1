import type { TestProject } from 'vitest/node';
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { resetDatabase } from '@/db/reset';
import { copyTemplateForWorkers, dropWorkerCopies, useTemplateDatabase } from './test-database';

// Runs once before all integration files: a clean database with every migration applied, copied for
// each worker so that files run side by side.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  useTemplateDatabase();
  await resetDatabase();
  await migrateDatabase();
  await closeDb();
  const workers = project.config.maxWorkers;
  project.provide('workerDatabases', await copyTemplateForWorkers(workers));
  return () => dropWorkerCopies(workers);
}
