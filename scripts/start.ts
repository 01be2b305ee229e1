// `npm start`: one command from a fresh clone to a running app on the embedded database, and the
// production start on a PostgreSQL server (DATABASE_URL), where no demo account is created.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { countUsers } from '@/db/queries/users';
import { isDemoWanted, seedDatabase } from '@/db/seed';
import { describeDatabase, startNotes } from './start-notes';

const port = process.env.PORT ?? '3000';
const next = 'node_modules/.bin/next';

function ensureAuthSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = '.data/auth-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    console.log(`No NEXTAUTH_SECRET was set: generated one and kept it in ${file}.`);
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, 'utf8').trim();
}

ensureAuthSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const isDemoLoaded = isDemoWanted({ env: process.env, argv: process.argv });
await migrateDatabase();
await seedDatabase({ demo: isDemoLoaded });
const hasAccounts = (await countUsers()) > 0;
// PGlite allows one process per data folder: let go of it before the server opens it.
await closeDb();
console.log(`Database ready: ${describeDatabase(process.env)}.`);

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: building it once (a minute or two).');
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(startNotes({ url: process.env.NEXTAUTH_URL, isDemoLoaded, hasAccounts }));

const server = spawn(next, ['start', '-p', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
