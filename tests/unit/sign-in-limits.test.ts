import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/client-address';
import { laterLock, lockedUntil, retryAfterSecondsOf, secondsUntil, throttledError } from '@/lib/users/sign-in-limits';

const now = new Date('2026-11-29T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const perAccount = { limit: 5, windowMinutes: 15 };

describe('lockedUntil', () => {
  it('lets a key with fewer failures than the limit try', () => {
    expect(lockedUntil([], perAccount, now)).toBeNull();
    expect(lockedUntil([1, 2, 3, 4].map(minutesAgo), perAccount, now)).toBeNull();
  });

  it('refuses at the limit until the oldest counted failure leaves the window', () => {
    const failures = [1, 2, 3, 4, 10].map(minutesAgo);
    expect(lockedUntil(failures, perAccount, now)).toEqual(new Date(minutesAgo(10).getTime() + 15 * 60_000));
  });

  it('counts only the most recent failures up to the limit, in any order', () => {
    // Seven failures: the lock lasts until the fifth most recent (at -5) leaves the window.
    const failures = [14, 1, 6, 2, 5, 3, 4].map(minutesAgo);
    expect(lockedUntil(failures, perAccount, now)).toEqual(new Date(minutesAgo(5).getTime() + 15 * 60_000));
  });

  it('forgets failures older than the window', () => {
    expect(lockedUntil([1, 2, 3, 4, 15].map(minutesAgo), perAccount, now)).toBeNull();
    expect(lockedUntil([1, 2, 3, 4, 16, 20].map(minutesAgo), perAccount, now)).toBeNull();
  });

  it('applies another limit the same way', () => {
    const failures = Array.from({ length: 30 }, (_, i) => minutesAgo(i / 4));
    expect(lockedUntil(failures, { limit: 30, windowMinutes: 15 }, now)).not.toBeNull();
    expect(lockedUntil(failures.slice(1), { limit: 30, windowMinutes: 15 }, now)).toBeNull();
  });
});

describe('laterLock and secondsUntil', () => {
  it('waits for the later of two locks', () => {
    const a = new Date('2026-11-29T12:05:00Z');
    const b = new Date('2026-11-29T12:10:00Z');
    expect(laterLock(a, b)).toBe(b);
    expect(laterLock(b, a)).toBe(b);
    expect(laterLock(null, a)).toBe(a);
    expect(laterLock(null, null)).toBeNull();
  });

  it('rounds the wait up to whole seconds, at least one', () => {
    expect(secondsUntil(new Date(now.getTime() + 90_500), now)).toBe(91);
    expect(secondsUntil(now, now)).toBe(1);
  });
});

describe('the throttled sign-in error', () => {
  it('carries the wait to the form and nothing else passes for it', () => {
    expect(retryAfterSecondsOf(throttledError(840))).toBe(840);
    expect(retryAfterSecondsOf('CredentialsSignin')).toBeNull();
    expect(retryAfterSecondsOf('SignInThrottled:soon')).toBeNull();
    expect(retryAfterSecondsOf('SignInThrottled:-5')).toBeNull();
    expect(retryAfterSecondsOf(null)).toBeNull();
  });
});

describe('clientAddress', () => {
  it('takes the address Next saw when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.7', 0)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
    expect(clientAddress('::1', 0)).toBe('::1');
  });

  it('takes the entry the nearest trusted proxy added, never one the client wrote', () => {
    // The client wrote 10.0.0.1; the proxy appended the address it saw.
    expect(clientAddress('10.0.0.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    // A CDN appended the client, the load balancer appended the CDN.
    expect(clientAddress('10.0.0.1, 203.0.113.7, 198.51.100.2', 2)).toBe('203.0.113.7');
    expect(clientAddress(['10.0.0.1, 203.0.113.7', '198.51.100.2'], 2)).toBe('203.0.113.7');
  });

  it('makes do with what there is', () => {
    expect(clientAddress('203.0.113.7', 3)).toBe('203.0.113.7');
    expect(clientAddress(undefined, 0)).toBe('unknown');
    expect(clientAddress(' , ', 1)).toBe('unknown');
    expect(clientAddress('x'.repeat(500), 0)).toHaveLength(64);
  });
});
