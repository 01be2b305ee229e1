import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { findOutboxEmail, listOutboxEmailsTo } from '@/db/queries/email';
import { emailOutbox } from '@/db/schema';
import { retryDelayMs } from '@/lib/email/backoff';
import { deliverOutbox } from '@/lib/email/deliver-outbox';
import { enqueueEmail } from '@/lib/email/outbox';
import { startSmtpServer } from './smtp-test-server';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await smtp.close();
});

async function queue(to: string, subject = 'Registration received') {
  await db.transaction((tx) => enqueueEmail(tx, { kind: 'registration_received', to, subject, body: `Hello ${to}` }));
  const [row] = await listOutboxEmailsTo(to);
  return row!;
}

/** Makes a message due now, as if its backoff had passed. */
async function makeDue(id: number) {
  await db.update(emailOutbox).set({ nextAttemptAt: sql`now()` }).where(eq(emailOutbox.id, id));
}

describe('outbox delivery over SMTP', () => {
  it('sends a queued message once and marks it sent', async () => {
    smtp.received.length = 0;
    const email = await queue('Delegate@Example.org');
    expect(await deliverOutbox({ smtp: smtp.url, from: 'Secretariat <secretariat@example.org>' })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['delegate@example.org']);
    expect(smtp.received[0]!.from).toBe('secretariat@example.org');
    expect(smtp.received[0]!.raw).toContain('Subject: Registration received');
    expect(smtp.received[0]!.raw).toContain('Hello Delegate@Example.org');
    const stored = await findOutboxEmail(email.id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(stored!.sentAt).toBeInstanceOf(Date);
    // A second run finds nothing to send.
    expect(await deliverOutbox({ smtp: smtp.url })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('retries later when the server refuses, then delivers', async () => {
    smtp.received.length = 0;
    const email = await queue('retry@example.org');
    smtp.refuse(true);
    try {
      const before = Date.now();
      expect(await deliverOutbox({ smtp: smtp.url })).toEqual({ sent: 0, retried: 1, failed: 0 });
      const stored = (await findOutboxEmail(email.id))!;
      expect(stored).toMatchObject({ status: 'pending', attempts: 1 });
      expect(stored.lastError).toMatch(/Mailbox unavailable/);
      expect(stored.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + retryDelayMs(1) - 1000);
      // Not due yet: a run now leaves it alone.
      expect(await deliverOutbox({ smtp: smtp.url })).toEqual({ sent: 0, retried: 0, failed: 0 });
    } finally {
      smtp.refuse(false);
    }
    await makeDue(email.id);
    expect(await deliverOutbox({ smtp: smtp.url })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await findOutboxEmail(email.id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(smtp.received.map((m) => m.to)).toEqual([['retry@example.org']]);
  });

  it('marks a message failed after the last attempt, with the error', async () => {
    smtp.received.length = 0;
    const email = await queue('failing@example.org');
    smtp.refuse(true);
    try {
      expect(await deliverOutbox({ smtp: smtp.url, maxAttempts: 3 })).toMatchObject({ retried: 1 });
      await makeDue(email.id);
      expect(await deliverOutbox({ smtp: smtp.url, maxAttempts: 3 })).toMatchObject({ retried: 1 });
      await makeDue(email.id);
      expect(await deliverOutbox({ smtp: smtp.url, maxAttempts: 3 })).toEqual({ sent: 0, retried: 0, failed: 1 });
    } finally {
      smtp.refuse(false);
    }
    const stored = (await findOutboxEmail(email.id))!;
    expect(stored).toMatchObject({ status: 'failed', attempts: 3 });
    expect(stored.lastError).toMatch(/Mailbox unavailable/);
    // A failed message is never picked up again.
    await makeDue(email.id);
    expect(await deliverOutbox({ smtp: smtp.url })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('sends nothing for a change that rolled back', async () => {
    smtp.received.length = 0;
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, { kind: 'registration_approved', to: 'rolled-back@example.org', subject: 'Approved', body: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await listOutboxEmailsTo('rolled-back@example.org')).toHaveLength(0);
    expect(await deliverOutbox({ smtp: smtp.url })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('two workers racing one outbox send each message exactly once', async () => {
    smtp.received.length = 0;
    const count = 30;
    await db.transaction(async (tx) => {
      for (let i = 0; i < count; i += 1) {
        await enqueueEmail(tx, { kind: 'invitation', to: `race-${i}@example.org`, subject: `Invitation ${i}`, body: 'x' });
      }
    });
    // Small batches so both workers keep coming back for more while the other is still sending.
    const worker = async () => {
      let sent = 0;
      for (;;) {
        const report = await deliverOutbox({ smtp: smtp.url, batchSize: 3 });
        if (report.sent === 0) return sent;
        sent += report.sent;
      }
    };
    const [first, second] = await Promise.all([worker(), worker()]);
    expect(first + second).toBe(count);
    const recipients = smtp.received.flatMap((m) => m.to).sort();
    expect(recipients).toHaveLength(count);
    expect(new Set(recipients).size).toBe(count);
    const rows = await db.select({ status: emailOutbox.status, attempts: emailOutbox.attempts }).from(emailOutbox);
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });
});

describe('outbox page', () => {
  it('lists messages newest first, filtered by status, with one message body on demand', async () => {
    const { findOutbox } = await import('@/lib/email/find-outbox');
    const { createActor } = await import('./factories');
    const staff = await createActor({ role: 'secretariat' });
    const first = await queue('one@example.org', 'First');
    const second = await queue('two@example.org', 'Second');
    await db.update(emailOutbox).set({ status: 'failed', lastError: 'refused' }).where(eq(emailOutbox.id, first.id));
    const page = await findOutbox({ actor: staff, input: { message: second.id } });
    expect(page.items.map((m) => m.subject)).toEqual(['Second', 'First']);
    expect(page.items[0]).not.toHaveProperty('body');
    expect(page.shown?.body).toBe('Hello two@example.org');
    const failed = await findOutbox({ actor: staff, input: { status: 'failed' } });
    expect(failed.items.map((m) => [m.subject, m.lastError])).toEqual([['First', 'refused']]);
    for (const role of ['chair', 'delegate', 'observer'] as const) {
      const actor = await createActor({ role });
      await expect(findOutbox({ actor, input: {} })).rejects.toThrow(/FORBIDDEN/);
    }
  });

  it("filters by kind and by one recipient's whole address, in any case, a page at a time", async () => {
    const { findOutbox, findOutboxSchema } = await import('@/lib/email/find-outbox');
    const { createActor } = await import('./factories');
    const staff = await createActor({ role: 'secretariat' });
    await queue('kim@example.kr', 'Registration received');
    for (let n = 1; n <= 3; n++) {
      await db.transaction((tx) => enqueueEmail(tx, { kind: 'meeting_notice', to: n === 1 ? 'kim@example.kr' : `other${n}@example.org`, subject: `Notice ${n}`, body: 'Room 301.' }));
    }
    const page = (query: Record<string, string>) => findOutbox({ actor: staff, input: findOutboxSchema.parse(query) });
    expect((await page({ kind: 'meeting_notice' })).items.map((m) => m.subject)).toEqual(['Notice 3', 'Notice 2', 'Notice 1']);
    expect((await page({ to: ' Kim@Example.KR ' })).items.map((m) => m.subject)).toEqual(['Notice 1', 'Registration received']);
    expect((await page({ to: 'kim@example.kr', kind: 'meeting_notice' })).items.map((m) => m.subject)).toEqual(['Notice 1']);
    // Only a whole address finds anyone; an unknown kind or an empty address filters nothing.
    expect((await page({ to: 'kim@' })).items).toEqual([]);
    expect((await page({ kind: 'telegram', to: '' })).items).toHaveLength(4);
    // The filters stay on every page: the next page of notices is still notices.
    const first = await page({ kind: 'meeting_notice' });
    const older = await page({ kind: 'meeting_notice', before: String(first.items[1]!.id) });
    expect(older.items.map((m) => m.subject)).toEqual(['Notice 1']);
  });
});
