import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { emailKinds, emailStatuses, type EmailKind, type EmailStatus } from '../../lib/email/values';

export { emailKinds, emailStatuses, type EmailKind, type EmailStatus };
export const emailStatus = pgEnum('email_status', emailStatuses);
export const emailKind = pgEnum('email_kind', emailKinds);

/**
 * Messages to send, written in the same transaction as the change they tell about (a change that
 * rolls back sends nothing). Workers claim rows with `for update skip locked`, so any number of app
 * instances deliver each message once.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    kind: emailKind().notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    status: emailStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** When a worker may next try: now for a new message, later after a failure (backoff). */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('email_outbox_attempts_non_negative', sql`${t.attempts} >= 0`),
    // What workers look for: only pending rows, oldest due first.
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('email_outbox_created_at_idx').on(t.createdAt),
    // The outbox page's filters, newest first: one kind of message, or one recipient's.
    index('email_outbox_kind_idx').on(t.kind, t.id),
    index('email_outbox_to_address_idx').on(t.toAddress, t.id),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type NewOutboxEmail = typeof emailOutbox.$inferInsert;
