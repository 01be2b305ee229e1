import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// End-to-end tests run against the production server (`next start`) on a fresh, seeded database.
// `npm run test:e2e` builds first (`next build && playwright test`); the web server below never builds.
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// The server gets its own database: the PostgreSQL server named by DATABASE_URL (CI), else an embedded
// PGlite in its own folder (PGlite allows one process per folder, so it never shares the dev database).
const databaseEnv: Record<string, string> = process.env.DATABASE_URL
  ? { DATABASE_URL: process.env.DATABASE_URL }
  : { PGLITE_DIR: '.data/e2e-pglite' };

// The app's outbox worker delivers to an SMTP sink the suite starts (e2e/smtp-sink.mjs); specs read
// what arrived over its HTTP side (e2e/email.ts). Ports follow E2E_PORT.
const smtpSinkPorts = { smtp: port + 1025, http: port + 1026 };

// How far the server's statements clock runs ahead (lib/clock.ts): specs write it to let a silence
// procedure pass without waiting (e2e/adoption-journeys.ts). Each server starts with none.
const clockFile = path.join(tmpdir(), `secretariat-e2e-clock-${port}`);
process.env.E2E_CLOCK_FILE = clockFile;

// Playwright cannot download browsers here: use the system Chromium when there is one.
const systemChromium = '/usr/bin/chromium';
const launchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Signs in once per demo account through the real form and saves the session to e2e/.auth/.
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'e2e', testMatch: /\.spec\.ts$/, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: `exec node e2e/smtp-sink.mjs ${smtpSinkPorts.smtp} ${smtpSinkPorts.http}`,
      url: `http://127.0.0.1:${smtpSinkPorts.http}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // --demo: the suite signs in with the demo accounts, which a PostgreSQL database gets only when asked.
      command: `rm -f ${clockFile} && node_modules/.bin/tsx --conditions=react-server scripts/db-seed.ts --fresh --demo && exec node_modules/.bin/next start -p ${port}`,
      url: `${baseURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        ...databaseEnv,
        NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production-2f9c1b7a5d3e',
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: '1',
        // Every request of the suite comes from 127.0.0.1, and several specs fail sign-ins on purpose:
        // the per-address limit (30 in 15 minutes) is for attackers, and has its own integration test.
        SIGN_IN_ADDRESS_LIMIT: '1000',
        // Likewise every sign-up of the suite comes from one address (10 an hour for anyone else).
        SIGN_UP_ADDRESS_LIMIT: '1000',
        SMTP_URL: `smtp://127.0.0.1:${smtpSinkPorts.smtp}`,
        EMAIL_FROM: 'NEASPEC Secretariat <secretariat@neaspec.example>',
        EMAIL_WORKER_INTERVAL_MS: '1000',
        E2E_CLOCK_FILE: clockFile,
        // The silence procedures' sweep runs every second, so a spec sees a passed one recorded.
        SILENCE_SWEEP_INTERVAL_MS: '1000',
      },
    },
  ],
});
