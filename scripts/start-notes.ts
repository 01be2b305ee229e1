// What `npm start` tells the operator, as text built from what the start found: kept apart from the
// start itself so the wording can be checked without starting a server.
import { defaultPgliteDir } from '@/db/client';
import { demoPassword, demoUsers } from '@/db/seed';

/** Which database the app runs on, as the operator configured it. */
export function describeDatabase(env: Record<string, string | undefined>): string {
  return env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `embedded PGlite in ${env.PGLITE_DIR || defaultPgliteDir}`;
}

export const firstAccountHelp = `No account exists yet. Create the first secretariat account (it asks for a password,
or generates one with --generate-password):
  npm run user:create -- --email someone@example.org --role secretariat --name "Full Name"`;

/** The lines printed as the server starts: the demo sign-ins when the demo was loaded, how to create the first account when there is none. */
export function startNotes({ url, isDemoLoaded, hasAccounts }: { url: string; isDemoLoaded: boolean; hasAccounts: boolean }): string {
  const lines = [`Secretariat is starting at ${url}`];
  if (isDemoLoaded) {
    const width = Math.max(...demoUsers.map((u) => u.email.length));
    lines.push(
      `Sign in with any demo account; the password of each is: ${demoPassword}`,
      ...demoUsers.map((u) => `  ${u.email.padEnd(width)}  ${u.description}`),
    );
  }
  if (!hasAccounts) lines.push(firstAccountHelp);
  return `\n${lines.join('\n')}\n`;
}
