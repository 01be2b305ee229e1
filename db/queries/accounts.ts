import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { db, type Executor, type Tx } from '../client';
import { preparedRead } from '../prepared';
import { parties, users, type AccountStatus } from '../schema';
import type { UserRecord } from './users';

// Advisory-lock class of sign-ups by client address (sign-in uses 1 and 2: lib/queries/sign-in-failures.ts).
const signUpAddressLockClass = 3;

/** Serializes the sign-ups of one client address until the transaction ends, so counting them and adding one cannot interleave. */
export async function lockSignUpAddress(clientAddress: string, tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${signUpAddressLockClass}, hashtext(${clientAddress}))`);
}

export type PendingAccountRow = Pick<UserRecord, 'id' | 'name' | 'email' | 'role' | 'position' | 'createdAt'> & {
  partyName: string | null;
  partyCode: string | null;
};

const isPending = eq(users.status, 'pending');

/** The accounts waiting for confirmation, oldest first (read from the pending-accounts index), and how many there are. */
export async function listPendingAccounts(
  options: { limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: PendingAccountRow[]; total: number }> {
  const [page, total] = await Promise.all([pendingAccountPage(ex).execute(options), countPendingAccounts(ex)]);
  return { rows: page, total };
}
const pendingAccountPage = preparedRead('pending_account_page', (ex) =>
  ex
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      position: users.position,
      createdAt: users.createdAt,
      partyName: parties.name,
      partyCode: parties.code,
    })
    .from(users)
    .leftJoin(parties, eq(users.partyId, parties.id))
    .where(isPending)
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')),
);

export async function countPendingAccounts(ex: Executor = db): Promise<number> {
  const [row] = await pendingAccountCount(ex).execute();
  return row?.total ?? 0;
}
const pendingAccountCount = preparedRead('pending_account_count', (ex) => ex.select({ total: count() }).from(users).where(isPending));

export type AccountDecision = { status: Exclude<AccountStatus, 'pending'>; reason: string | null; decidedByUserId: string };

/**
 * Confirms or refuses a signed-up account, only while it still waits: of two decisions at once, the
 * second finds nothing to decide and gets undefined.
 */
export async function decidePendingAccount(id: string, decision: AccountDecision, ex: Executor = db) {
  const [user] = await ex
    .update(users)
    .set({
      status: decision.status,
      statusReason: decision.reason,
      statusDecidedByUserId: decision.decidedByUserId,
      statusDecidedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(users.id, id), isPending))
    .returning({ id: users.id, name: users.name, email: users.email, partyId: users.partyId, status: users.status, statusDecidedAt: users.statusDecidedAt });
  return user;
}

/** Whether an account has this email (any status): an invitation for it is accepted by signing in, not by making another. */
export async function hasAccountWithEmail(email: string, ex: Executor = db): Promise<boolean> {
  const [row] = await ex.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return Boolean(row);
}
