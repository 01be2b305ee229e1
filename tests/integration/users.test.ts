import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, users, type Role } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { authenticateUser } from '@/lib/users/authenticate-user';
import { changeUserRole } from '@/lib/users/change-user-role';
import { createUser } from '@/lib/users/create-user';
import { createUserAtConsole } from '@/lib/users/create-user-at-console';
import { findUsers } from '@/lib/users/find-users';
import { getUser } from '@/lib/users/get-user';
import { createUserSchema } from '@/lib/users/schemas';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import * as factory from './factories';

const otherRoles: Role[] = ['chair', 'delegate', 'observer'];

const newUser = (values: Partial<Record<string, unknown>> = {}) =>
  createUserSchema.parse({ name: 'Batbayar Dorj', email: 'b.dorj@mne.example', role: 'observer', partyId: '', password: 'correct horse battery', ...values });

async function userCount() {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n;
}

async function auditCount() {
  const [row] = await db.select({ n: count() }).from(auditEvents);
  return row!.n;
}

async function expectRefusal(promise: Promise<unknown>, code: AppError['code'], messageKey?: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
  return error as AppError;
}

describe('createUser', () => {
  it('creates the account with a hashed password, to be replaced at first sign-in, and an audit event', async () => {
    const actor = await factory.createActor();
    const party = await factory.createParty({ code: 'MNG', name: 'Mongolia' });
    const user = await createUser({ actor, input: newUser({ role: 'delegate', partyId: party.id, email: ' B.Dorj@MNE.example ' }) });

    const [stored] = await db.select().from(users).where(eq(users.id, user.id));
    expect(stored).toMatchObject({
      email: 'b.dorj@mne.example',
      role: 'delegate',
      partyId: party.id,
      isDisabled: false,
      mustChangePassword: true,
    });
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user).not.toHaveProperty('passwordHash');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'user.created', entityType: 'user', actorUserId: actor.id });
  });

  it.each(otherRoles)('refuses a %s and writes nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const before = await userCount();
    await expectRefusal(createUser({ actor, input: newUser() }), 'FORBIDDEN');
    expect(await userCount()).toBe(before);
    expect(await auditCount()).toBe(0);
  });

  it('refuses a duplicate email, whatever its case, as a field error and writes nothing', async () => {
    const actor = await factory.createActor();
    await createUser({ actor, input: newUser() });
    const before = await userCount();
    const error = await expectRefusal(createUser({ actor, input: newUser({ email: 'B.DORJ@mne.example' }) }), 'CONFLICT');
    expect(error.fieldErrors).toEqual({ email: 'emailTaken' });
    expect(await userCount()).toBe(before);
    expect(await auditCount()).toBe(1);
  });

  it('refuses an unknown party as a field error and writes nothing', async () => {
    const actor = await factory.createActor();
    const before = await userCount();
    const error = await expectRefusal(
      createUser({ actor, input: newUser({ role: 'delegate', partyId: '00000000-0000-4000-8000-000000000000' }) }),
      'NOT_FOUND',
    );
    expect(error.fieldErrors).toEqual({ partyId: 'partyInvalid' });
    expect(await userCount()).toBe(before);
  });

  it('lets the operator at the console create an account, recorded with no actor', async () => {
    const user = await createUserAtConsole({ input: newUser({ role: 'secretariat' }), isPasswordGenerated: false });
    expect(user).toMatchObject({ role: 'secretariat', mustChangePassword: false });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'user.created', actorUserId: null });
    await expectRefusal(createUserAtConsole({ input: newUser({ role: 'secretariat' }), isPasswordGenerated: false }), 'CONFLICT', 'emailTaken');
  });

  it('has the database refuse a delegate without a party even if code forgets to', async () => {
    await expect(factory.createUser({ role: 'delegate', partyId: null })).rejects.toThrow();
  });
});

describe('authenticateUser', () => {
  const clientAddress = '192.0.2.1';

  it('signs in the right email and password, in any case', async () => {
    const user = await factory.createUser({ role: 'observer' });
    const result = await authenticateUser({ input: { email: user.email.toUpperCase(), password: factory.factoryPassword, clientAddress } });
    expect(result).toEqual({ outcome: 'signedIn', user: expect.objectContaining({ id: user.id, role: 'observer', partyId: null, sessionVersion: 1 }) });
    expect(result.outcome === 'signedIn' && result.user).not.toHaveProperty('passwordHash');
  });

  it('answers the same failure for a wrong password, an unknown email and a disabled account', async () => {
    const user = await factory.createUser();
    const disabled = await factory.createUser({ isDisabled: true });
    const attempts = [
      { email: user.email, password: 'wrong password' },
      { email: 'nobody@test.example', password: factory.factoryPassword },
      { email: disabled.email, password: factory.factoryPassword },
    ];
    for (const attempt of attempts) expect(await authenticateUser({ input: { ...attempt, clientAddress } })).toEqual({ outcome: 'failed' });
  });
});

describe('changeUserRole', () => {
  it('changes role and party, records both sides of the change, and ends the person’s sessions', async () => {
    const actor = await factory.createActor();
    const target = await factory.createUser({ role: 'observer' });
    const party = await factory.createParty();
    const updated = await changeUserRole({ actor, input: { userId: target.id, role: 'delegate', partyId: party.id } });
    expect(updated).toMatchObject({ role: 'delegate', partyId: party.id, sessionVersion: target.sessionVersion + 1 });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, target.id)).orderBy(asc(auditEvents.id));
    expect(event?.change).toEqual({
      fields: { role: { before: 'observer', after: 'delegate' }, partyId: { before: null, after: party.id } },
    });
  });

  it('leaves the sessions alone when the role and party stay as they were', async () => {
    const actor = await factory.createActor();
    const target = await factory.createUser({ role: 'observer' });
    const updated = await changeUserRole({ actor, input: { userId: target.id, role: 'observer', partyId: null } });
    expect(updated.sessionVersion).toBe(target.sessionVersion);
  });

  it.each(otherRoles)('refuses a %s and changes nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const target = await factory.createUser({ role: 'observer' });
    await expectRefusal(changeUserRole({ actor, input: { userId: target.id, role: 'secretariat', partyId: null } }), 'FORBIDDEN');
    const [stored] = await db.select().from(users).where(eq(users.id, target.id));
    expect(stored!.role).toBe('observer');
  });

  it('refuses staff changing their own role', async () => {
    const actor = await factory.createActor();
    await expectRefusal(changeUserRole({ actor, input: { userId: actor.id, role: 'observer', partyId: null } }), 'INVALID_STATE', 'cannotChangeOwnAccount');
  });

  it('refuses an unknown user and an unknown party', async () => {
    const actor = await factory.createActor();
    const target = await factory.createUser({ role: 'observer' });
    const missing = '00000000-0000-4000-8000-000000000000';
    await expectRefusal(changeUserRole({ actor, input: { userId: missing, role: 'observer', partyId: null } }), 'NOT_FOUND');
    await expectRefusal(changeUserRole({ actor, input: { userId: target.id, role: 'delegate', partyId: missing } }), 'NOT_FOUND', 'partyInvalid');
    expect(await auditCount()).toBe(0);
  });
});

describe('setUserDisabled', () => {
  it('disables an account, which then cannot sign in, and enables it again', async () => {
    const actor = await factory.createActor();
    const target = await factory.createUser({ role: 'observer' });
    const credentials = { email: target.email, password: factory.factoryPassword, clientAddress: '192.0.2.1' };

    const disabled = await setUserDisabled({ actor, input: { userId: target.id, isDisabled: true } });
    // Disabling ends the sessions too, so that enabling the account again does not revive them.
    expect(disabled).toMatchObject({ isDisabled: true, sessionVersion: target.sessionVersion + 1 });
    expect(await authenticateUser({ input: credentials })).toEqual({ outcome: 'failed' });

    const enabled = await setUserDisabled({ actor, input: { userId: target.id, isDisabled: false } });
    expect(enabled.sessionVersion).toBe(disabled.sessionVersion);
    expect(await authenticateUser({ input: credentials })).toMatchObject({ outcome: 'signedIn' });
    const events = await db.select({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(['user.disabled', 'user.sign_in_failed', 'user.enabled']);
  });

  it.each(otherRoles)('refuses a %s', async (role) => {
    const actor = await factory.createActor({ role });
    const target = await factory.createUser({ role: 'observer' });
    await expectRefusal(setUserDisabled({ actor, input: { userId: target.id, isDisabled: true } }), 'FORBIDDEN');
  });

  it('refuses staff disabling themselves', async () => {
    const actor = await factory.createActor();
    await expectRefusal(setUserDisabled({ actor, input: { userId: actor.id, isDisabled: true } }), 'INVALID_STATE');
  });
});

describe('findUsers and getUser', () => {
  it('searches by name, email or party and pages the results', async () => {
    const actor = await factory.createActor({ name: 'Aaron Staff' });
    const japan = await factory.createParty({ code: 'JPN', name: 'Japan' });
    for (let i = 0; i < 22; i++) await factory.createUser({ role: 'delegate', partyId: japan.id, name: `Delegate ${String(i).padStart(2, '0')}` });
    await factory.createUser({ role: 'observer', name: 'Olga Observer', email: 'olga@unep.example' });

    const first = await findUsers({ actor, input: { query: 'japan', page: 1 } });
    expect(first).toMatchObject({ total: 22, page: 1, pageSize: 20, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    const second = await findUsers({ actor, input: { query: 'japan', page: 2 } });
    expect(second.items.map((u) => u.name)).toEqual(['Delegate 20', 'Delegate 21']);

    expect((await findUsers({ actor, input: { query: 'OLGA@', page: 1 } })).items.map((u) => u.name)).toEqual(['Olga Observer']);
    expect((await findUsers({ actor, input: { query: '100%', page: 1 } })).total).toBe(0);
    // Found both by its name and by its party, an account is listed and counted once.
    await factory.createUser({ role: 'observer', partyId: japan.id, name: 'Japanese Observer', email: 'observer@mofa.example' });
    const both = await findUsers({ actor, input: { query: 'japan', page: 2 } });
    expect(both.total).toBe(23);
    expect(both.items.map((u) => u.name)).toEqual(['Delegate 20', 'Delegate 21', 'Japanese Observer']);
    expect((await findUsers({ actor, input: { page: 1 } })).total).toBe(25);
    // Unfiltered, a page is a window of every account by name, then email.
    expect((await findUsers({ actor, input: { page: 2 } })).items.map((u) => u.name)).toEqual(['Delegate 19', 'Delegate 20', 'Delegate 21', 'Japanese Observer', 'Olga Observer']);
  });

  it.each(otherRoles)('refuses a %s', async (role) => {
    const actor = await factory.createActor({ role });
    await expectRefusal(findUsers({ actor, input: { page: 1 } }), 'FORBIDDEN');
    await expectRefusal(getUser({ actor, input: { userId: actor.id } }), 'FORBIDDEN');
  });

  it('says when an account does not exist', async () => {
    const actor = await factory.createActor();
    await expectRefusal(getUser({ actor, input: { userId: '00000000-0000-4000-8000-000000000000' } }), 'NOT_FOUND');
  });
});
