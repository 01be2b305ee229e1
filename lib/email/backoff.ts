// When a failed message is tried again, and when the worker gives up: pure, so the schedule is tested.

/** Attempts in all (the first included) before a message is marked failed. */
export const maxEmailAttempts = 5;

/** The wait after the first failure; each further failure doubles it, up to the ceiling. */
const firstRetryMs = 60_000;
const longestRetryMs = 60 * 60_000;

/** How long to wait before the next attempt, after `attempts` attempts have failed (1, 2, ...). */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestRetryMs);
}

/** What becomes of a message whose attempt failed: another try later, or failed for good. */
export function afterFailure(attempts: number, now: Date, maxAttempts = maxEmailAttempts): { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' } {
  if (attempts >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
