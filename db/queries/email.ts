import 'server-only';
import { and, desc, eq, getTableColumns, gt, inArray, lt, sql } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedReadByShape } from '../prepared';
import { emailOutbox, type EmailKind, type EmailStatus, type NewOutboxEmail, type OutboxEmail } from '../schema';

export async function insertOutboxEmail(values: NewOutboxEmail, ex: Executor = db): Promise<OutboxEmail> {
  const [row] = await ex.insert(emailOutbox).values(values).returning();
  return row!;
}

/**
 * Takes up to `limit` due pending messages for this worker: each is moved to `sending` with one more
 * attempt counted, in one statement. `skip locked` passes over rows another worker is claiming at
 * the same moment, and the `status = 'pending'` test runs again on the locked row, so a row is
 * claimed by exactly one worker.
 */
export async function claimDueEmails(limit: number, ex: Executor = db): Promise<OutboxEmail[]> {
  const due = ex
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), sql`${emailOutbox.nextAttemptAt} <= now()`))
    .orderBy(emailOutbox.nextAttemptAt, emailOutbox.id)
    .limit(limit)
    .for('update', { skipLocked: true });
  return ex
    .update(emailOutbox)
    .set({ status: 'sending', attempts: sql`${emailOutbox.attempts} + 1` })
    .where(and(inArray(emailOutbox.id, due), eq(emailOutbox.status, 'pending')))
    .returning();
}

export async function markEmailSent(id: number, ex: Executor = db): Promise<void> {
  await ex
    .update(emailOutbox)
    .set({ status: 'sent', sentAt: sql`now()`, lastError: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}

export async function markEmailAttemptFailed(
  id: number,
  outcome: { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' },
  error: string,
  ex: Executor = db,
): Promise<void> {
  await ex
    .update(emailOutbox)
    .set({ ...outcome, lastError: error.slice(0, 2000) })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}

export type OutboxFilter = { status?: EmailStatus; kind?: EmailKind; to?: string; before?: number; after?: number; limit: number };
export type OutboxListItem = Omit<OutboxEmail, 'body'>;

/** Which of the outbox's filters are set: each shape is its own prepared read. */
type OutboxFilterShape = { status: boolean; kind: boolean; to: boolean; before: boolean; after: boolean };

const { body: _body, ...outboxListColumns } = getTableColumns(emailOutbox);

// `after` reads up to its cursor; the page is then put newest first again.
const outboxPage = preparedReadByShape('outbox_page', (ex, shape: OutboxFilterShape) =>
  ex
    .select(outboxListColumns)
    .from(emailOutbox)
    .where(
      and(
        shape.status ? eq(emailOutbox.status, sql.placeholder('status')) : undefined,
        shape.kind ? eq(emailOutbox.kind, sql.placeholder('kind')) : undefined,
        shape.to ? eq(emailOutbox.toAddress, sql.placeholder('to')) : undefined,
        shape.before ? lt(emailOutbox.id, sql.placeholder('before')) : undefined,
        shape.after ? gt(emailOutbox.id, sql.placeholder('after')) : undefined,
      ),
    )
    .orderBy(shape.after ? emailOutbox.id : desc(emailOutbox.id))
    .limit(sql.placeholder('limit')),
);

/** Messages newest first, paged by id: `before` reads down from a cursor, `after` reads up to it. */
export async function listOutboxEmails(filter: OutboxFilter, ex: Executor = db): Promise<{ rows: OutboxListItem[]; hasMore: boolean }> {
  const shape = { status: Boolean(filter.status), kind: Boolean(filter.kind), to: Boolean(filter.to), before: Boolean(filter.before), after: Boolean(filter.after) };
  const rows = await outboxPage(shape, ex).execute({ ...filter, limit: filter.limit + 1 });
  const hasMore = rows.length > filter.limit;
  const page = rows.slice(0, filter.limit);
  return { rows: shape.after ? page.reverse() : page, hasMore };
}

export async function findOutboxEmail(id: number, ex: Executor = db): Promise<OutboxEmail | undefined> {
  const [row] = await ex.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row;
}

/** Every message to one address, oldest first (tests and the e2e journey look for theirs). */
export async function listOutboxEmailsTo(toAddress: string, ex: Executor = db): Promise<OutboxEmail[]> {
  return ex.select().from(emailOutbox).where(eq(emailOutbox.toAddress, toAddress.toLowerCase())).orderBy(emailOutbox.id);
}
