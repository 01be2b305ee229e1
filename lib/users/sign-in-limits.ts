// The rules that slow down password guessing, as pure functions: how many failed sign-ins an
// account or an address may have within a window, and until when it is refused after that.

export type FailureLimit = { limit: number; windowMinutes: number };

const minute = 60_000;

/**
 * When a key (an account or an address) with these failed sign-ins may try again: null when it may
 * now. It is refused while `limit` failures fall within the window, that is until the limit-th most
 * recent failure leaves the window.
 */
export function lockedUntil(failures: readonly Date[], { limit, windowMinutes }: FailureLimit, now: Date): Date | null {
  const windowStart = now.getTime() - windowMinutes * minute;
  const recent = failures
    .map((failure) => failure.getTime())
    .filter((time) => time > windowStart)
    .sort((a, b) => b - a);
  const oldestCounted = recent[limit - 1];
  return oldestCounted === undefined ? null : new Date(oldestCounted + windowMinutes * minute);
}

/** The later of two locks: an attempt waits for both. */
export function laterLock(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}

/** Whole seconds until `until`, at least one: what the person is told to wait. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

// next-auth hands the message of an error thrown in authorize() to the sign-in form as its `error`;
// a refusal carries the wait in it, so the form can say when to try again.
const throttledPrefix = 'SignInThrottled:';

export function throttledError(retryAfterSeconds: number): string {
  return `${throttledPrefix}${retryAfterSeconds}`;
}

/** The wait in seconds from a sign-in error, or null for any other error. */
export function retryAfterSecondsOf(error: string | null | undefined): number | null {
  if (!error?.startsWith(throttledPrefix)) return null;
  const seconds = Number(error.slice(throttledPrefix.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

// Likewise, the right password of an account that cannot sign in yet (or ever) is told apart, so the
// form can say so: it waits for the secretariat's confirmation, or the sign-up was refused.
export const accountPendingError = 'AccountPending';
export const accountRefusedError = 'AccountRefused';
