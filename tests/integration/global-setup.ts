import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { resetDatabase } from '@/db/reset';
import { useTestDatabase } from './test-database';

// Runs once before all integration files: a clean database with every migration applied.
export default async function setup(): Promise<void> {
  useTestDatabase();
  await resetDatabase();
  await migrateDatabase();
  await closeDb();
}
