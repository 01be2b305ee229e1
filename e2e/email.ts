import { expect } from '@playwright/test';

// The SMTP sink the suite starts beside the app (e2e/smtp-sink.mjs, playwright.config.ts): the
// app's outbox worker delivers to it, and specs read what arrived.

const e2ePort = Number(process.env.E2E_PORT ?? 3100);
/** Where the sink listens: SMTP for the app, HTTP for the specs. Derived from E2E_PORT so checkouts run side by side. */
export const smtpSinkPorts = { smtp: e2ePort + 1025, http: e2ePort + 1026 };

export type ReceivedEmail = { from: string; to: string[]; subject: string; text: string; receivedAt: string };

/** Every message the sink received for an address, oldest first. */
export async function receivedEmails(to: string): Promise<ReceivedEmail[]> {
  const response = await fetch(`http://127.0.0.1:${smtpSinkPorts.http}/messages?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`The SMTP sink answered ${response.status}`);
  return (await response.json()) as ReceivedEmail[];
}

/** Waits until a message to `to` whose subject matches arrives (the worker runs every second in the suite), and returns it. */
export async function waitForEmail(to: string, subjectMatch: string | RegExp, timeout = 20_000): Promise<ReceivedEmail> {
  const matches = (subject: string) => (typeof subjectMatch === 'string' ? subject.includes(subjectMatch) : subjectMatch.test(subject));
  let found: ReceivedEmail | undefined;
  await expect
    .poll(
      async () => {
        found = (await receivedEmails(to)).find((message) => matches(message.subject));
        return Boolean(found);
      },
      { timeout, message: `an email to ${to} with subject ${String(subjectMatch)}` },
    )
    .toBe(true);
  return found!;
}
