import { z } from 'zod';

// Settings of the programme this installation serves: configuration, not code.

/**
 * The app's public origin, from NEXTAUTH_URL (which next-auth reads for its redirects too). Links that
 * leave the app, such as the page link in a calendar file, are built from it, never from the request's
 * Host header, which a reverse proxy or a client can change.
 */
export const publicUrl = z
  .url({ protocol: /^https?$/, error: 'NEXTAUTH_URL must be an http:// or https:// address' })
  .transform((url) => new URL(url).origin)
  .parse(process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);

/** The programme's short name, used in suggested meeting titles. */
export const programmeName = process.env.PROGRAMME_NAME ?? 'NEASPEC';

/** The start of every document symbol (ESCAP/NEASPEC/SOM(26)/1). */
export const documentSymbolPrefix = process.env.DOCUMENT_SYMBOL_PREFIX ?? 'ESCAP/NEASPEC';

/** The largest file a document may have: 20 MB (the database checks it too). */
export const maxDocumentBytes = 20 * 1024 * 1024;

/** Where times that belong to no meeting (the audit log) are shown: the secretariat's own zone. */
export const officeTimeZone = process.env.OFFICE_TIME_ZONE ?? 'Asia/Seoul';

/** How many reverse proxies stand in front of the app, each adding an address to X-Forwarded-For. */
export const trustedProxyHops = wholeNumberSetting('TRUSTED_PROXY_HOPS', 0, 0);

/**
 * Failed sign-ins allowed per account and per client address within the window before further
 * attempts are refused. The address limit is a setting because one address may be many people
 * (an office behind one gateway, or a test suite).
 */
export const signInLimits = {
  perAccount: 5,
  perAddress: wholeNumberSetting('SIGN_IN_ADDRESS_LIMIT', 30, 1),
  windowMinutes: 15,
};

/**
 * Sign-ups allowed from one client address within the window: enough for a delegation's focal point
 * signing up colleagues from one office, too few to fill the secretariat's queue with made-up accounts.
 */
export const signUpLimits = {
  perAddress: wholeNumberSetting('SIGN_UP_ADDRESS_LIMIT', 10, 1),
  windowMinutes: 60,
};

function wholeNumberSetting(name: string, fallback: number, min: number): number {
  const value = process.env[name]?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${value}".`);
  return number;
}

/**
 * Email: the SMTP server that delivers the outbox (smtp:// or smtps://, user and password in the
 * address), and the sender. Without SMTP_URL nothing is sent: the secretariat reads the messages on
 * the outbox page.
 */
export const smtpUrl = z
  .url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// address' })
  .optional()
  .parse(process.env.SMTP_URL?.trim() || undefined);

/** The From of every message: an address, or `Name <address>`. */
export const emailFrom = z
  .string()
  .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { error: 'EMAIL_FROM must be an address or "Name <address>"' })
  .parse(process.env.EMAIL_FROM?.trim() || `${programmeName} Secretariat <no-reply@localhost>`);

/** How often the in-app worker looks for messages to send, and how many it takes at once. */
export const emailWorkerIntervalMs = wholeNumberSetting('EMAIL_WORKER_INTERVAL_MS', 5000, 100);

/**
 * How often each app instance records silence procedures whose deadline has passed
 * (lib/statements/sweep-silence-procedures.ts). Readers see the adoption at the deadline whatever
 * this is; it only bounds how long the stored status and the audit log lag behind.
 */
export const silenceSweepIntervalMs = wholeNumberSetting('SILENCE_SWEEP_INTERVAL_MS', 60_000, 1000);

/**
 * End-to-end runs only: a file holding how far (in milliseconds) the statements' clock runs ahead,
 * which specs write to let a silence procedure's deadline pass without waiting (lib/clock.ts).
 * playwright.config.ts sets it for its own server; never set it in service.
 */
export const e2eClockFile = process.env.E2E_CLOCK_FILE || null;
