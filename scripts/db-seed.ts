// Migrates and loads the reference data, and the demo on the embedded database or with --demo
// (or SEED_DEMO=1); with --fresh, first drops everything (local databases only).
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { resetDatabase } from '@/db/reset';
import { isDemoWanted, seedDatabase } from '@/db/seed';

const demo = isDemoWanted({ env: process.env, argv: process.argv });
if (process.argv.includes('--fresh')) await resetDatabase();
await migrateDatabase();
await seedDatabase({ demo });
await closeDb();
console.log(
  demo
    ? 'Database migrated; reference data and demo data loaded.'
    : 'Database migrated; reference data loaded. No demo accounts on a PostgreSQL server unless asked: add --demo.',
);
