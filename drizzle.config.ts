import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema; the same SQL runs on PGlite and on PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
