// Migrates and loads the demo data; with --fresh, first drops everything (local databases only).
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { resetDatabase } from '@/db/reset';
import { seedDatabase } from '@/db/seed';

if (process.argv.includes('--fresh')) await resetDatabase();
await migrateDatabase();
await seedDatabase();
await closeDb();
console.log('Database migrated and demo data loaded.');
