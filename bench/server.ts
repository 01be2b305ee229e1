import { spawn } from 'node:child_process';

/** A `next start` of the production build that the benchmark runs and stops. */
export type RunningServer = { origin: string; stop: () => Promise<void> };

type ServerOptions = {
  port: number;
  databaseUrl: string;
  poolSize: number;
  /** Where the app appends each SQL statement it sends (db/client.ts); none while timing. */
  statementLogFile?: string;
};

// Fixed, so sessions signed in by one run of the benchmark mean nothing to any other server.
const benchSecret = 'benchmark-only-secret-never-used-elsewhere-7c41e9';

// Servers still running when the benchmark exits (an error, Ctrl-C) are stopped with it.
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) process.kill(-pid, 'SIGTERM');
});

async function waitUntilReady(origin: string, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure) throw new Error(`next start stopped before it served a page:\n${failure}`);
    try {
      const response = await fetch(`${origin}/sign-in`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${origin} within 60 s`);
}

/** Starts `next start` on the build in .next with the framework floor page enabled (BENCH_FLOOR=1). */
export async function startServer({ port, databaseUrl, poolSize, statementLogFile }: ServerOptions): Promise<RunningServer> {
  const origin = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    NEXTAUTH_SECRET: benchSecret,
    NEXTAUTH_URL: origin,
    BENCH_FLOOR: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.BENCH_SQL_LOG;
  if (statementLogFile) env.BENCH_SQL_LOG = statementLogFile;
  // Its own process group, so stopping it stops whatever next start runs under it too.
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port)], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let exitCode: number | null = null;
  const pid = child.pid;
  if (pid) running.add(pid);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code ?? -1;
      if (pid) running.delete(pid);
      resolve();
    }),
  );
  const stop = async () => {
    if (exitCode === null && pid) process.kill(-pid, 'SIGTERM');
    await exited;
  };
  try {
    await waitUntilReady(origin, () => (exitCode === null ? null : `exit code ${exitCode}\n${stderr}`));
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

function cookiesOf(response: Response): Map<string, string> {
  return new Map(
    response.headers.getSetCookie().map((header) => {
      const pair = header.split(';')[0]!;
      const equals = pair.indexOf('=');
      return [pair.slice(0, equals), pair.slice(equals + 1)];
    }),
  );
}

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does, and returns the
 * Cookie header of the signed-in session.
 */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrfResponse);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...csrfCookies].map(([name, value]) => `${name}=${value}`).join('; '),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/`, json: 'true' }),
  });
  await response.arrayBuffer();
  const session = [...cookiesOf(response)].find(([name]) => name.endsWith('next-auth.session-token'));
  if (!session) throw new Error(`signing in as ${email} was refused (HTTP ${response.status})`);
  return `${session[0]}=${session[1]}`;
}
