import 'server-only';
import { db } from '@/db/client';
import {
  deleteSignInFailuresBefore,
  deleteSignInFailuresOfEmail,
  insertSignInFailure,
  lockSignInKeys,
  recentSignInFailures,
} from '@/db/queries/sign-in-failures';
import { findUserCredentialsByEmail, type UserRecord } from '@/db/queries/users';
import type { User } from '@/db/schema';
import { recordAudit } from '../audit';
import { signInLimits } from '../config';
import { verifyDecoy, verifyPassword } from '../password';
import type { SignInInput } from './sign-in-schemas';
import { laterLock, lockedUntil, secondsUntil } from './sign-in-limits';

export type SignInAttempt = SignInInput & { clientAddress: string };

export type SignInResult =
  | { outcome: 'signedIn'; user: UserRecord }
  | { outcome: 'failed' }
  /** The right password of an account that has not been confirmed (`pending`) or was refused: said plainly, as only its owner can see it. */
  | { outcome: 'notConfirmed'; status: 'pending' | 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

/** One in this many recorded attempts also deletes the rows too old to count, so the table stays small. */
export const sweepEvery = 100;

// Signs a person in: the account, for the right email and password of an active account. Every
// attempt is counted per account and per address before the password is checked; past the limits,
// attempts are refused for a while without checking it at all. A failure never says what was wrong,
// except to someone who knows the password of an account still waiting for confirmation, or refused.
export async function authenticateUser({ input }: { input: SignInAttempt }): Promise<SignInResult> {
  const admission = await admitAttempt(input, new Date());
  if (admission.outcome === 'throttled') return admission;
  const { account } = admission;
  // An unknown email is checked against a decoy, so the time taken does not tell that it is unknown.
  const isValid = account ? await verifyPassword(account.passwordHash, input.password) : await verifyDecoy(input.password);
  if (account && isValid && !account.isDisabled && account.status === 'active') {
    // A success takes back the attempt counted for it, and forgets the account's earlier failures.
    await deleteSignInFailuresOfEmail(input.email);
    const { passwordHash: _hash, ...user } = account;
    return { outcome: 'signedIn', user };
  }
  const failure = signInFailure(account, isValid);
  await db.transaction((tx) => recordAudit(tx, null, signInAuditEntry('user.sign_in_failed', account, input, { failure })));
  if (account && isValid && !account.isDisabled && account.status !== 'active') return { outcome: 'notConfirmed', status: account.status };
  return { outcome: 'failed' };
}

/** Why an attempt failed, as the audit log keeps it (the person is told less). */
function signInFailure(account: User | undefined, isValid: boolean) {
  if (!account) return 'unknownAccount';
  if (!isValid) return 'wrongPassword';
  if (account.isDisabled) return 'accountDisabled';
  return account.status === 'pending' ? 'accountPending' : 'accountRefused';
}

type Admission = { outcome: 'admitted'; account: User | undefined } | { outcome: 'throttled'; retryAfterSeconds: number };

/**
 * Counts the attempt, or refuses it when the account or the address is over its limit. The count
 * and the new row happen under the account's and the address's locks, so parallel guesses on any
 * number of instances are counted one after another and none slips past the limit.
 */
function admitAttempt(input: SignInAttempt, now: Date): Promise<Admission> {
  const { perAccount, perAddress, windowMinutes } = signInLimits;
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  return db.transaction(async (tx) => {
    await lockSignInKeys(input.email, input.clientAddress, tx);
    const account = await findUserCredentialsByEmail(input.email, tx);
    const accountFailures = await recentSignInFailures({ email: input.email }, windowStart, perAccount, tx);
    const addressFailures = await recentSignInFailures({ clientAddress: input.clientAddress }, windowStart, perAddress, tx);
    const until = laterLock(
      lockedUntil(accountFailures, { limit: perAccount, windowMinutes }, now),
      lockedUntil(addressFailures, { limit: perAddress, windowMinutes }, now),
    );
    if (until) {
      await recordAudit(tx, null, signInAuditEntry('user.sign_in_refused', account, input, { lockedUntil: until.toISOString() }));
      return { outcome: 'throttled', retryAfterSeconds: secondsUntil(until, now) };
    }
    const id = await insertSignInFailure({ email: input.email, clientAddress: input.clientAddress, createdAt: now }, tx);
    if (id % sweepEvery === 0) await deleteSignInFailuresBefore(windowStart, tx);
    return { outcome: 'admitted', account };
  });
}

/**
 * A failed or refused sign-in as the audit log keeps it: on the account when the email names one,
 * else on no record with the email that was tried (never the password).
 */
function signInAuditEntry(action: string, account: User | undefined, input: SignInAttempt, details: Record<string, string>) {
  return {
    action,
    entityType: 'user',
    entityId: account?.id ?? '',
    change: { ...(!account && { email: input.email }), clientAddress: input.clientAddress, ...details },
  };
}
