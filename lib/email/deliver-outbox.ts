import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/db/client';
import { claimDueEmails, markEmailAttemptFailed, markEmailSent } from '@/db/queries/email';
import type { OutboxEmail } from '@/db/schema';
import { emailFrom, smtpUrl } from '../config';
import { afterFailure, maxEmailAttempts } from './backoff';

export type DeliveryOptions = {
  /** Where messages go: an SMTP address (smtp://host:port) or a nodemailer transport. */
  smtp: string | Transporter;
  from?: string;
  /** How many messages one run takes at most. */
  batchSize?: number;
  maxAttempts?: number;
};

export type DeliveryReport = { sent: number; retried: number; failed: number };

/** The transport for the configured SMTP server, or null when none is configured. */
export function configuredTransport(): Transporter | null {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}

/**
 * One run of the outbox worker: claims the due messages, sends each over SMTP and records the outcome.
 *
 * Delivery is at most once. The claim commits before anything is sent (a short transaction: the
 * row goes to `sending`, its attempt counted), so a second worker skips it; then it is sent; then
 * marked sent. If the worker dies between the SMTP server accepting the message and the mark, the
 * row stays in `sending` and is never picked up again: the message may well have gone out, and a
 * duplicate approval or invitation is worse than one the secretariat re-sends by hand after seeing
 * it stuck on the outbox page. A refusal by the SMTP server (nothing sent) goes back to `pending`
 * with an exponential backoff, and to `failed` after the last attempt.
 */
export async function deliverOutbox(options: DeliveryOptions): Promise<DeliveryReport> {
  const transport = typeof options.smtp === 'string' ? nodemailer.createTransport(options.smtp) : options.smtp;
  const from = options.from ?? emailFrom;
  const maxAttempts = options.maxAttempts ?? maxEmailAttempts;
  const claimed = await db.transaction((tx) => claimDueEmails(options.batchSize ?? 20, tx));
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const email of claimed) {
    const outcome = await sendOne(transport, from, email);
    if (outcome.ok) {
      await markEmailSent(email.id);
      report.sent += 1;
      continue;
    }
    const next = afterFailure(email.attempts, new Date(), maxAttempts);
    await markEmailAttemptFailed(email.id, next, outcome.error);
    if (next.status === 'failed') report.failed += 1;
    else report.retried += 1;
  }
  if (typeof options.smtp === 'string') transport.close();
  return report;
}

async function sendOne(transport: Transporter, from: string, email: OutboxEmail): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await transport.sendMail({ from, to: email.toAddress, subject: email.subject, text: email.body });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Runs the worker every `intervalMs` until stopped; a run never overlaps the previous one. Errors
 * (the database away for a moment) are logged and the next run tries again.
 */
export function startEmailWorker({ transport, intervalMs }: { transport: Transporter; intervalMs: number }): () => void {
  let isRunning = false;
  const timer = setInterval(async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await deliverOutbox({ smtp: transport });
    } catch (error) {
      console.error('email worker:', error);
    } finally {
      isRunning = false;
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
