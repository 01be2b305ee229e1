import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, emailOutbox, parties, users, type Role } from '@/db/schema';
import { confirmAccount } from '@/lib/accounts/confirm-account';
import { countPendingAccounts, findPendingAccounts } from '@/lib/accounts/find-pending-accounts';
import { refuseAccount } from '@/lib/accounts/refuse-account';
import { signUpSchema } from '@/lib/accounts/schemas';
import { signUp } from '@/lib/accounts/sign-up';
import { signUpLimits } from '@/lib/config';
import { authenticateUser } from '@/lib/users/authenticate-user';
import * as factory from './factories';
import { refusal } from './refusal';

const otherRoles: Role[] = ['chair', 'delegate', 'observer'];
const password = 'steppe and sky 2026';
const visitor = { clientAddress: '203.0.113.7' };

const signUpInput = (partyId: string, values: Record<string, unknown> = {}) =>
  signUpSchema.parse({
    name: 'Bat-Erdene Gansukh',
    email: 'b.gansukh@met.gov.example',
    password,
    partyId,
    position: 'Director, Ministry of Environment',
    ...values,
  });

async function countOf(table: typeof users | typeof auditEvents | typeof emailOutbox) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

async function account(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function signedUp(values: Record<string, unknown> = {}) {
  const party = await factory.createParty({ name: 'Mongolia' });
  const { userId } = await signUp({ input: signUpInput(party.id, values), visitor });
  return { party, userId };
}

describe('signUp', () => {
  it('makes a pending delegate account of a member state, with an audit event and no actor', async () => {
    const meeting = await factory.createMeeting();
    const { party, userId } = await signedUp({ meetingId: meeting.id });
    const stored = await account(userId);
    expect(stored).toMatchObject({
      email: 'b.gansukh@met.gov.example',
      role: 'delegate',
      partyId: party.id,
      position: 'Director, Ministry of Environment',
      status: 'pending',
      isDisabled: false,
    });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, userId)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({
      action: 'user.signed_up',
      actorUserId: null,
      change: { clientAddress: visitor.clientAddress, meetingId: meeting.id, fields: { role: { after: 'delegate' }, partyId: { after: party.id } } },
    });
  });

  it.each([
    ['organization', 'delegate'],
    ['observer', 'observer'],
  ] as const)('gives the account of an %s party the role %s', async (kind, role) => {
    const party = await factory.createParty({ kind });
    const { userId } = await signUp({ input: signUpInput(party.id), visitor });
    expect((await account(userId)).role).toBe(role);
  });

  it('refuses a retired party as a field error, and writes nothing', async () => {
    const party = await factory.createParty({ retiredAt: new Date() });
    const error = await refusal(signUp({ input: signUpInput(party.id), visitor }));
    expect(error).toMatchObject({ code: 'INVALID_STATE', fieldErrors: { partyId: 'partyRetired' } });
    expect(await countOf(users)).toBe(0);
    expect(await countOf(auditEvents)).toBe(0);
  });

  it('refuses an unknown party as a field error', async () => {
    const error = await refusal(signUp({ input: signUpInput('00000000-0000-4000-8000-000000000000'), visitor }));
    expect(error.fieldErrors).toEqual({ partyId: 'partyInvalid' });
    expect(await countOf(users)).toBe(0);
  });

  it('refuses an email already taken, in any case, as a field error, and writes nothing', async () => {
    const { party } = await signedUp();
    const error = await refusal(signUp({ input: signUpInput(party.id, { email: 'B.Gansukh@MET.gov.example' }), visitor }));
    expect(error).toMatchObject({ code: 'CONFLICT', fieldErrors: { email: 'emailTaken' } });
    expect(await countOf(users)).toBe(1);
    expect(await countOf(auditEvents)).toBe(1);
  });

  it(`takes ${signUpLimits.perAddress} sign-ups an hour from one address, then refuses it (not others) for a while`, async () => {
    const party = await factory.createParty();
    const from = { clientAddress: '198.51.100.9' };
    for (let i = 0; i < signUpLimits.perAddress; i++) await signUp({ input: signUpInput(party.id, { email: `person${i}@x.example` }), visitor: from });
    const error = await refusal(signUp({ input: signUpInput(party.id, { email: 'one-more@x.example' }), visitor: from }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', messageKey: 'signUpThrottled', values: { minutes: 60 } });
    expect(await countOf(users)).toBe(signUpLimits.perAddress);
    await signUp({ input: signUpInput(party.id, { email: 'elsewhere@x.example' }), visitor: { clientAddress: '198.51.100.10' } });
    // An hour later the address may sign up again.
    const later = new Date(Date.now() + 61 * 60_000);
    await signUp({ input: signUpInput(party.id, { email: 'later@x.example' }), visitor: from, now: later });
    expect(await countOf(users)).toBe(signUpLimits.perAddress + 2);
  });
});

describe('signing in with an account that is not confirmed', () => {
  const attempt = (email: string, pass = password) => authenticateUser({ input: { email, password: pass, clientAddress: '192.0.2.1' } });

  it('is refused while it waits, saying so only to who knows the password, and audited', async () => {
    const { userId } = await signedUp();
    expect(await attempt('b.gansukh@met.gov.example')).toEqual({ outcome: 'notConfirmed', status: 'pending' });
    expect(await attempt('b.gansukh@met.gov.example', 'not the password')).toEqual({ outcome: 'failed' });
    const failures = await db
      .select({ change: auditEvents.change })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'user.sign_in_failed'))
      .orderBy(asc(auditEvents.id));
    expect(failures.map((event) => event.change.failure)).toEqual(['accountPending', 'wrongPassword']);
    expect((await account(userId)).status).toBe('pending');
  });

  it('is refused for good once refused', async () => {
    const staff = await factory.createActor();
    const { userId } = await signedUp();
    await refuseAccount({ actor: staff, input: { userId, reason: 'Unknown to the ministry.' } });
    expect(await attempt('b.gansukh@met.gov.example')).toEqual({ outcome: 'notConfirmed', status: 'refused' });
  });

  it('signs in once confirmed', async () => {
    const staff = await factory.createActor();
    const { userId } = await signedUp();
    await confirmAccount({ actor: staff, input: { userId } });
    expect(await attempt('b.gansukh@met.gov.example')).toMatchObject({ outcome: 'signedIn', user: { id: userId, status: 'active' } });
  });
});

describe('the moderation queue', () => {
  it('lists pending accounts only, oldest first, a page at a time, with their claimed party', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty({ name: 'Mongolia', code: 'MNG' });
    await factory.createUser({ role: 'delegate', partyId: party.id });
    const refused = await factory.createUser({ role: 'delegate', partyId: party.id, status: 'pending' });
    await db.update(users).set({ status: 'refused', statusReason: 'Unknown' }).where(eq(users.id, refused.id));
    const pending = [];
    for (let i = 0; i < 22; i++) pending.push(await factory.createUser({ role: 'delegate', partyId: party.id, status: 'pending', name: `Person ${i}`, position: 'Officer' }));
    // A second apart, as sign-ups are: made in one loop, two can share a millisecond (PGlite is that fast).
    for (const [i, user] of pending.entries()) await db.update(users).set({ createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, i)) }).where(eq(users.id, user.id));
    const first = await findPendingAccounts({ actor: staff, input: { page: 1 } });
    expect(first).toMatchObject({ total: 22, page: 1, pageCount: 2 });
    expect(first.items.map((row) => row.id)).toEqual(pending.slice(0, 20).map((user) => user.id));
    expect(first.items[0]).toMatchObject({ name: 'Person 0', partyName: 'Mongolia', partyCode: 'MNG', position: 'Officer', role: 'delegate' });
    const second = await findPendingAccounts({ actor: staff, input: { page: 2 } });
    expect(second.items.map((row) => row.id)).toEqual(pending.slice(20).map((user) => user.id));
    expect(await countPendingAccounts({ actor: staff })).toBe(22);
  });
});

describe('confirmAccount', () => {
  it('activates the account, records who and when, and writes the email in the same transaction', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting();
    const { userId } = await signedUp({ meetingId: meeting.id });
    expect(await confirmAccount({ actor: staff, input: { userId } })).toEqual({ id: userId, status: 'active' });
    const stored = await account(userId);
    expect(stored).toMatchObject({ status: 'active', statusDecidedByUserId: staff.id, statusReason: null });
    expect(stored.statusDecidedAt).toBeInstanceOf(Date);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'user.confirmed')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ actorUserId: staff.id, entityId: userId, change: { fields: { accountStatus: { before: 'pending', after: 'active' } } } });
    const [email] = await db.select().from(emailOutbox);
    expect(email).toMatchObject({ kind: 'account_confirmed', toAddress: 'b.gansukh@met.gov.example', status: 'pending' });
    // Signed up from a meeting's page: the email signs them in straight on to its registration.
    expect(email!.body).toContain(`/sign-in?callbackUrl=%2Fmeetings%2F${meeting.id}%2Fregister`);
  });

  it('refuses to confirm twice, or to confirm a refused account, and writes nothing more', async () => {
    const staff = await factory.createActor();
    const { userId } = await signedUp();
    await confirmAccount({ actor: staff, input: { userId } });
    const events = await countOf(auditEvents);
    const emails = await countOf(emailOutbox);
    expect(await refusal(confirmAccount({ actor: staff, input: { userId } }))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'accountAlreadyDecided' });
    expect(await refusal(refuseAccount({ actor: staff, input: { userId, reason: 'Too late' } }))).toMatchObject({ messageKey: 'accountAlreadyDecided' });
    expect(await account(userId)).toMatchObject({ status: 'active', statusReason: null });
    expect(await countOf(auditEvents)).toBe(events);
    expect(await countOf(emailOutbox)).toBe(emails);
  });

  it('rolls back with nothing written, the email included, when the party was retired since the sign-up', async () => {
    const staff = await factory.createActor();
    const { party, userId } = await signedUp();
    await db.update(parties).set({ retiredAt: new Date() }).where(eq(parties.id, party.id));
    const events = await countOf(auditEvents);
    expect(await refusal(confirmAccount({ actor: staff, input: { userId } }))).toMatchObject({ messageKey: 'partyRetired' });
    expect(await account(userId)).toMatchObject({ status: 'pending', statusDecidedByUserId: null, statusDecidedAt: null });
    expect(await countOf(emailOutbox)).toBe(0);
    expect(await countOf(auditEvents)).toBe(events);
  });

  it('refuses an unknown account', async () => {
    const staff = await factory.createActor();
    expect((await refusal(confirmAccount({ actor: staff, input: { userId: '00000000-0000-4000-8000-000000000000' } }))).code).toBe('NOT_FOUND');
  });

  it('refuses an account that never waited (made by staff)', async () => {
    const staff = await factory.createActor();
    const user = await factory.createUser({ role: 'observer' });
    expect(await refusal(confirmAccount({ actor: staff, input: { userId: user.id } }))).toMatchObject({ messageKey: 'accountAlreadyDecided' });
  });
});

describe('refuseAccount', () => {
  it('refuses with the reason, records who and when, and emails the reason in the same transaction', async () => {
    const staff = await factory.createActor();
    const { userId } = await signedUp();
    expect(await refuseAccount({ actor: staff, input: { userId, reason: 'Please sign up with your ministry address.' } })).toEqual({ id: userId, status: 'refused' });
    expect(await account(userId)).toMatchObject({ status: 'refused', statusReason: 'Please sign up with your ministry address.', statusDecidedByUserId: staff.id });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'user.refused')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ actorUserId: staff.id, change: { reason: 'Please sign up with your ministry address.', fields: { accountStatus: { after: 'refused' } } } });
    const [email] = await db.select().from(emailOutbox);
    expect(email).toMatchObject({ kind: 'account_refused', toAddress: 'b.gansukh@met.gov.example' });
    expect(email!.body).toContain('Please sign up with your ministry address.');
  });

  it('refuses to refuse twice', async () => {
    const staff = await factory.createActor();
    const { userId } = await signedUp();
    await refuseAccount({ actor: staff, input: { userId, reason: 'Unknown' } });
    expect(await refusal(refuseAccount({ actor: staff, input: { userId, reason: 'Again' } }))).toMatchObject({ messageKey: 'accountAlreadyDecided' });
    expect((await account(userId)).statusReason).toBe('Unknown');
    expect(await countOf(emailOutbox)).toBe(1);
  });

  it('of two staff deciding at once, lets only the first decide', async () => {
    const [first, second] = [await factory.createActor(), await factory.createActor()];
    const { userId } = await signedUp();
    const outcomes = await Promise.allSettled([
      confirmAccount({ actor: first, input: { userId } }),
      refuseAccount({ actor: second, input: { userId, reason: 'Unknown person' } }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ messageKey: 'accountAlreadyDecided' });
    expect(await countOf(emailOutbox)).toBe(1);
  });
});

describe('the moderation use-cases refuse anyone but staff', () => {
  it.each(otherRoles)('a %s, with nothing written', async (role) => {
    const actor = await factory.createActor({ role });
    const { userId } = await signedUp();
    const events = await countOf(auditEvents);
    for (const attempt of [
      findPendingAccounts({ actor, input: { page: 1 } }),
      countPendingAccounts({ actor }),
      confirmAccount({ actor, input: { userId } }),
      refuseAccount({ actor, input: { userId, reason: 'No' } }),
    ]) {
      expect((await refusal(attempt)).code).toBe('FORBIDDEN');
    }
    expect(await account(userId)).toMatchObject({ status: 'pending', statusDecidedByUserId: null });
    expect(await countOf(auditEvents)).toBe(events);
    expect(await countOf(emailOutbox)).toBe(0);
  });
});
