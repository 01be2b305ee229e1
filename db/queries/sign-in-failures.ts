import 'server-only';
import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { db, type Executor, type Tx } from '../client';
import { signInFailures } from '../schema';

// Separate advisory-lock classes, so an account's key and an address's key never collide.
const accountLockClass = 1;
const addressLockClass = 2;

/**
 * Serializes sign-in attempts for one account and one address across every app instance until the
 * transaction ends, so that counting the failures and recording the attempt cannot interleave.
 * Always the account first, then the address: one order, so two attempts never wait on each other.
 */
export async function lockSignInKeys(email: string, clientAddress: string, tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${accountLockClass}, hashtext(${email}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(${addressLockClass}, hashtext(${clientAddress}))`);
}

type Key = { email: string } | { clientAddress: string };

/** The times of the most recent failures of an account or an address since `since`, newest first, at most `limit`. */
export async function recentSignInFailures(key: Key, since: Date, limit: number, ex: Executor = db): Promise<Date[]> {
  const matches = 'email' in key ? eq(signInFailures.email, key.email) : eq(signInFailures.clientAddress, key.clientAddress);
  const rows = await ex
    .select({ createdAt: signInFailures.createdAt })
    .from(signInFailures)
    .where(and(matches, gt(signInFailures.createdAt, since)))
    .orderBy(desc(signInFailures.createdAt))
    .limit(limit);
  return rows.map((row) => row.createdAt);
}

/** Records one failed (or not yet known to succeed) attempt; answers its id. */
export async function insertSignInFailure(
  values: { email: string; clientAddress: string; createdAt: Date },
  ex: Executor = db,
): Promise<number> {
  const [row] = await ex.insert(signInFailures).values(values).returning({ id: signInFailures.id });
  return row!.id;
}

export async function deleteSignInFailuresOfEmail(email: string, ex: Executor = db): Promise<void> {
  await ex.delete(signInFailures).where(eq(signInFailures.email, email));
}

/** Forgets failures too old to count any more. */
export async function deleteSignInFailuresBefore(cutoff: Date, ex: Executor = db): Promise<void> {
  await ex.delete(signInFailures).where(lt(signInFailures.createdAt, cutoff));
}
