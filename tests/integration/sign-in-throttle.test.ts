import { asc, count, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, signInFailures } from '@/db/schema';
import { signInLimits } from '@/lib/config';
import * as password from '@/lib/password';
import { authenticateUser, sweepEvery, type SignInAttempt } from '@/lib/users/authenticate-user';
import * as factory from './factories';

// Counts how often a password hash is checked: a refused attempt must not check one.
vi.mock('@/lib/password', async (importOriginal) => {
  const actual = await importOriginal<typeof password>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword), verifyDecoy: vi.fn(actual.verifyDecoy) };
});
const hashChecks = () => vi.mocked(password.verifyPassword).mock.calls.length + vi.mocked(password.verifyDecoy).mock.calls.length;

const address = '198.51.100.7';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

function attempt(values: Partial<SignInAttempt> & { email: string }) {
  return authenticateUser({ input: { password: 'not the password', clientAddress: address, ...values } });
}

async function failureRows() {
  return db.select().from(signInFailures).orderBy(asc(signInFailures.id));
}

async function auditOf(action: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(asc(auditEvents.id));
}

beforeEach(() => {
  vi.mocked(password.verifyPassword).mockClear();
  vi.mocked(password.verifyDecoy).mockClear();
});

describe('failed sign-ins per account', () => {
  it('after 5 failures within 15 minutes refuses even the right password, without checking it, and says how long to wait', async () => {
    expect(signInLimits).toMatchObject({ perAccount: 5, windowMinutes: 15 });
    const user = await factory.createUser();
    for (let i = 0; i < 5; i += 1) expect(await attempt({ email: user.email })).toEqual({ outcome: 'failed' });
    expect(hashChecks()).toBe(5);

    const refused = await attempt({ email: user.email, password: factory.factoryPassword });
    expect(refused).toEqual({ outcome: 'throttled', retryAfterSeconds: expect.any(Number) });
    if (refused.outcome !== 'throttled') return;
    expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(hashChecks()).toBe(5);
    // A refused attempt is not a failure: it does not push the end of the pause further out.
    expect(await failureRows()).toHaveLength(5);
  });

  it('writes an audit event for every failure and every refusal, on the account, without the password', async () => {
    const user = await factory.createUser();
    for (let i = 0; i < 5; i += 1) await attempt({ email: user.email, password: `wrong password ${i}` });
    await attempt({ email: user.email, password: factory.factoryPassword });

    const failed = await auditOf('user.sign_in_failed');
    expect(failed).toHaveLength(5);
    expect(failed[0]).toMatchObject({ entityType: 'user', entityId: user.id, actorUserId: null, change: { clientAddress: address, failure: 'wrongPassword' } });
    const [refusal] = await auditOf('user.sign_in_refused');
    expect(refusal).toMatchObject({ entityType: 'user', entityId: user.id, actorUserId: null, change: { clientAddress: address, lockedUntil: expect.any(String) } });
    const written = JSON.stringify(await db.select().from(auditEvents));
    expect(written).not.toContain('wrong password');
    expect(written).not.toContain(factory.factoryPassword);
  });

  it('counts an unknown email like an account, and records the email tried on no record', async () => {
    const email = 'nobody@test.example';
    for (let i = 0; i < 5; i += 1) expect(await attempt({ email })).toEqual({ outcome: 'failed' });
    expect(await attempt({ email })).toMatchObject({ outcome: 'throttled' });
    const [failure] = await auditOf('user.sign_in_failed');
    expect(failure).toMatchObject({ entityType: 'user', entityId: '', change: { email, clientAddress: address, failure: 'unknownAccount' } });
    expect(await auditOf('user.sign_in_refused')).toHaveLength(1);
  });

  it('forgets the account’s failures on a successful sign-in', async () => {
    const user = await factory.createUser();
    for (let i = 0; i < 4; i += 1) await attempt({ email: user.email });
    expect(await attempt({ email: user.email, password: factory.factoryPassword })).toMatchObject({ outcome: 'signedIn' });
    expect(await failureRows()).toEqual([]);
    for (let i = 0; i < 4; i += 1) expect(await attempt({ email: user.email })).toEqual({ outcome: 'failed' });
    expect(await attempt({ email: user.email, password: factory.factoryPassword })).toMatchObject({ outcome: 'signedIn' });
  });

  it('counts only the failures of the last 15 minutes', async () => {
    const user = await factory.createUser();
    await db.insert(signInFailures).values([16, 20, 30, 40, 50].map((m) => ({ email: user.email, clientAddress: address, createdAt: minutesAgo(m) })));
    expect(await attempt({ email: user.email, password: factory.factoryPassword })).toMatchObject({ outcome: 'signedIn' });

    await db.insert(signInFailures).values([1, 2, 3, 4, 14].map((m) => ({ email: user.email, clientAddress: address, createdAt: minutesAgo(m) })));
    const refused = await attempt({ email: user.email, password: factory.factoryPassword });
    // Until the oldest of the five, 14 minutes ago, is 15 minutes old: about one minute.
    expect(refused).toMatchObject({ outcome: 'throttled' });
    if (refused.outcome === 'throttled') expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts parallel guesses one after another, so no more than 5 are checked', async () => {
    const user = await factory.createUser();
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt({ email: user.email })));
    expect(results.filter((r) => r.outcome === 'failed')).toHaveLength(5);
    expect(results.filter((r) => r.outcome === 'throttled')).toHaveLength(7);
    expect(hashChecks()).toBe(5);
  });
});

describe('failed sign-ins per address', () => {
  it('after 30 failures from one address within 15 minutes refuses that address, whatever the account', async () => {
    expect(signInLimits.perAddress).toBe(30);
    const user = await factory.createUser();
    // 29 failures on other accounts from this address, and one more through a real attempt.
    await db.insert(signInFailures).values(Array.from({ length: 29 }, (_, i) => ({ email: `guess${i}@test.example`, clientAddress: address, createdAt: minutesAgo(5) })));
    expect(await attempt({ email: 'another@test.example' })).toEqual({ outcome: 'failed' });

    expect(await attempt({ email: user.email, password: factory.factoryPassword })).toMatchObject({ outcome: 'throttled' });
    // The account itself is not locked: from another address, the right password still signs in.
    expect(await attempt({ email: user.email, password: factory.factoryPassword, clientAddress: '203.0.113.9' })).toMatchObject({
      outcome: 'signedIn',
    });
  });
});

describe('the failures table', () => {
  it('is swept of rows older than the window every so often, as failures are recorded', async () => {
    await db.insert(signInFailures).values([
      { email: 'old@test.example', clientAddress: address, createdAt: minutesAgo(60) },
      { email: 'old@test.example', clientAddress: address, createdAt: minutesAgo(16) },
      { email: 'recent@test.example', clientAddress: address, createdAt: minutesAgo(1) },
    ]);
    // The next recorded attempt gets an id that is a multiple of sweepEvery.
    await db.execute(sql`select setval(pg_get_serial_sequence('sign_in_failures', 'id'), ${sweepEvery - 1})`);
    await attempt({ email: 'someone@test.example' });
    const rows = await failureRows();
    expect(rows.map((r) => r.email)).toEqual(['recent@test.example', 'someone@test.example']);
    const [total] = await db.select({ n: count() }).from(signInFailures);
    expect(total!.n).toBe(2);
  });
});
