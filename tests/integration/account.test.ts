import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { authenticateUser } from '@/lib/users/authenticate-user';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { resetUserPassword } from '@/lib/users/reset-user-password';
import { changeOwnPasswordSchema } from '@/lib/users/schemas';
import { signOutEverywhere } from '@/lib/users/sign-out-everywhere';
import * as factory from './factories';
import { refusal } from './refusal';

const newPassword = 'a fresh passphrase 2026';

function signIn(email: string, password: string) {
  return authenticateUser({ input: { email, password, clientAddress: '192.0.2.10' } });
}

async function stored(id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user!;
}

async function eventsOf(id: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(asc(auditEvents.id));
}

const change = (values: { currentPassword: string; newPassword: string }) =>
  changeOwnPasswordSchema.parse({ ...values, confirmPassword: values.newPassword });

describe('changeOwnPassword', () => {
  it('replaces the password, ends the other sessions and records the change without any password', async () => {
    const actor = await factory.createActor({ role: 'delegate' });
    const before = await stored(actor.id);
    const user = await changeOwnPassword({ actor, input: change({ currentPassword: factory.factoryPassword, newPassword }) });

    expect(user).toMatchObject({ id: actor.id, mustChangePassword: false, sessionVersion: before.sessionVersion + 1 });
    expect(user).not.toHaveProperty('passwordHash');
    expect(await signIn(actor.email, factory.factoryPassword)).toEqual({ outcome: 'failed' });
    expect(await signIn(actor.email, newPassword)).toMatchObject({ outcome: 'signedIn' });
    const [event] = await eventsOf(actor.id);
    expect(event).toMatchObject({ action: 'user.password_changed', actorUserId: actor.id, change: { fields: {} } });
    const written = JSON.stringify(event);
    expect(written).not.toContain(newPassword);
    expect(written).not.toContain('argon2');
  });

  it('refuses a wrong current password on its field, and changes nothing', async () => {
    const actor = await factory.createActor();
    const before = await stored(actor.id);
    const error = await refusal(changeOwnPassword({ actor, input: change({ currentPassword: 'not my password', newPassword }) }));
    expect(error.fieldErrors).toEqual({ currentPassword: 'currentPasswordWrong' });
    expect(await stored(actor.id)).toEqual(before);
    expect(await eventsOf(actor.id)).toEqual([]);
  });

  it('refuses the account’s own email as the new password, in any case', async () => {
    const actor = await factory.createActor({ email: 'sato.haruka@mofa.example' });
    const error = await refusal(
      changeOwnPassword({ actor, input: change({ currentPassword: factory.factoryPassword, newPassword: 'Sato.Haruka@MOFA.example' }) }),
    );
    expect(error.fieldErrors).toEqual({ newPassword: 'passwordIsEmail' });
  });
});

describe('resetUserPassword', () => {
  it('gives a temporary password that signs in once the old one no longer does, and asks for a new one', async () => {
    const staff = await factory.createActor();
    const target = await factory.createUser({ role: 'observer' });
    const { temporaryPassword } = await resetUserPassword({ actor: staff, input: { userId: target.id } });

    expect(temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const after = await stored(target.id);
    expect(after).toMatchObject({ mustChangePassword: true, sessionVersion: target.sessionVersion + 1 });
    expect(await signIn(target.email, factory.factoryPassword)).toEqual({ outcome: 'failed' });
    expect(await signIn(target.email, temporaryPassword)).toMatchObject({ outcome: 'signedIn', user: { mustChangePassword: true } });

    const [event] = await eventsOf(target.id);
    expect(event).toMatchObject({
      action: 'user.password_reset',
      actorUserId: staff.id,
      change: { fields: { mustChangePassword: { before: false, after: true } } },
    });
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);
  });

  it('is over once the person chooses their own password', async () => {
    const staff = await factory.createActor();
    const target = await factory.createActor({ role: 'observer' });
    const { sessionVersion } = await stored(target.id);
    const { temporaryPassword } = await resetUserPassword({ actor: staff, input: { userId: target.id } });
    const user = await changeOwnPassword({ actor: target, input: change({ currentPassword: temporaryPassword, newPassword }) });
    expect(user).toMatchObject({ mustChangePassword: false, sessionVersion: sessionVersion + 2 });
    const events = await eventsOf(target.id);
    expect(events.map((e) => e.action)).toEqual(['user.password_reset', 'user.password_changed']);
    expect(events[1]?.change).toEqual({ fields: { mustChangePassword: { before: true, after: false } } });
  });

  it.each(['chair', 'delegate', 'observer'] as const)('refuses a %s, and changes nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const target = await factory.createUser({ role: 'observer' });
    expect((await refusal(resetUserPassword({ actor, input: { userId: target.id } }))).code).toBe('FORBIDDEN');
    expect(await stored(target.id)).toMatchObject({ mustChangePassword: false, sessionVersion: target.sessionVersion });
  });

  it('refuses staff resetting their own password, and an unknown account', async () => {
    const staff = await factory.createActor();
    expect((await refusal(resetUserPassword({ actor: staff, input: { userId: staff.id } }))).messageKey).toBe('cannotChangeOwnAccount');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await refusal(resetUserPassword({ actor: staff, input: { userId: missing } }))).code).toBe('NOT_FOUND');
  });
});

describe('signOutEverywhere', () => {
  it('ends every session of the account when a current session signs out, and only then', async () => {
    const user = await factory.createUser();
    await signOutEverywhere({ input: { userId: user.id, sessionVersion: user.sessionVersion } });
    expect((await stored(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    // A session that has already ended (the old version) cannot end the ones after it.
    await signOutEverywhere({ input: { userId: user.id, sessionVersion: user.sessionVersion } });
    expect((await stored(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
  });
});
