// `npm start`: one command from a fresh clone to a running app on the embedded database.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { demoPassword, demoUsers, seedDatabase } from '@/db/seed';

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

await migrateDatabase();
await seedDatabase();
// PGlite allows one process per data folder: let go of it before the server opens it.
await closeDb();
console.log(`Database ready: ${process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : 'embedded PGlite in .data/pglite'}.`);

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: building it once (a minute or two).');
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const width = Math.max(...demoUsers.map((u) => u.email.length));
console.log(`
Secretariat is starting at ${process.env.NEXTAUTH_URL}
Sign in with any demo account; the password of each is: ${demoPassword}
${demoUsers.map((u) => `  ${u.email.padEnd(width)}  ${u.description}`).join('\n')}
`);

const server = spawn(next, ['start', '-p', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
