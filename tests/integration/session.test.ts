import { eq } from 'drizzle-orm';
import { decode, encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { findUserById } from '@/db/queries/users';
import { users } from '@/db/schema';
import { sessionToken } from '../helpers/session-token';
import * as factory from './factories';

// A real request carries next-auth's cookie; here the test makes the cookie (a real, encrypted token
// with the claims it wants), and records what redirect() and cookies() were asked to do. The account
// is read from the real database.
const request = vi.hoisted(() => ({
  sessionToken: null as string | null,
  cookies: new Map<string, { value: string; options: Record<string, unknown> }>(),
}));
vi.mock('next/navigation', () => ({
  redirect: (path: string) => {
    throw new Error(`NEXT_REDIRECT ${path}`);
  },
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (name === 'next-auth.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => request.cookies.set(name, { value, options }),
  }),
}));

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret';
const { getActor, renewSessionCookie, requireActor, requireProfile, requireSignedIn } = await import('@/lib/session');

beforeEach(() => {
  request.sessionToken = null;
  request.cookies.clear();
});

async function signedInAs(values: Parameters<typeof factory.createUser>[0] = {}) {
  const user = await factory.createUser(values);
  request.sessionToken = await sessionToken({ sub: user.id, sessionVersion: user.sessionVersion });
  return user;
}

async function update(id: string, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, id));
}

describe('the session of a request', () => {
  it('is the account while the token carries its current session version', async () => {
    const user = await signedInAs({ role: 'observer' });
    expect(await requireActor()).toMatchObject({ id: user.id, role: 'observer' });
    expect(await getActor()).toMatchObject({ id: user.id });
  });

  it('reads the account\'s party with it, for the shell to show', async () => {
    const party = await factory.createParty({ name: 'Mongolia' });
    const user = await signedInAs({ role: 'delegate', partyId: party.id });
    expect(await requireProfile()).toEqual({ name: user.name, email: user.email, role: 'delegate', partyName: 'Mongolia' });
  });

  it('has ended once the account’s session version moved on (signed out elsewhere, new password, new role)', async () => {
    const user = await signedInAs();
    await update(user.id, { sessionVersion: user.sessionVersion + 1 });
    await expect(requireActor()).rejects.toThrow('NEXT_REDIRECT /sign-in?error=SessionEnded');
    await expect(requireSignedIn()).rejects.toThrow('NEXT_REDIRECT /sign-in?error=SessionEnded');
    expect(await getActor()).toBeNull();
  });

  it('has ended for a token from before session versions', async () => {
    const user = await signedInAs();
    request.sessionToken = await sessionToken({ sub: user.id });
    await expect(requireActor()).rejects.toThrow('NEXT_REDIRECT /sign-in?error=SessionEnded');
  });

  it('has no session for a token that was tampered with, has expired, or was made with another secret', async () => {
    const user = await factory.createUser();
    const claims = { sub: user.id, sessionVersion: user.sessionVersion };
    const valid = await sessionToken(claims);
    for (const token of [
      `${valid.slice(0, -4)}AAAA`,
      await sessionToken(claims, -60),
      await encode({ token: claims, secret: 'some other secret' }),
      'not a token',
    ]) {
      request.sessionToken = token;
      expect(await getActor()).toBeNull();
      await expect(requireActor()).rejects.toThrow(/^NEXT_REDIRECT \/sign-in$/);
    }
  });

  it('says the account is disabled before anything else', async () => {
    const user = await signedInAs();
    await update(user.id, { isDisabled: true, sessionVersion: user.sessionVersion + 1 });
    await expect(requireActor()).rejects.toThrow('NEXT_REDIRECT /sign-in?error=AccountDisabled');
  });

  it('sends a visitor to sign in', async () => {
    await expect(requireActor()).rejects.toThrow('NEXT_REDIRECT /sign-in');
    expect(await getActor()).toBeNull();
  });

  it('sends someone with a temporary password to change it, from every page but the change itself', async () => {
    const user = await signedInAs({ role: 'secretariat' });
    await update(user.id, { mustChangePassword: true });
    await expect(requireActor()).rejects.toThrow('NEXT_REDIRECT /change-password');
    expect(await requireSignedIn()).toMatchObject({ actor: expect.objectContaining({ id: user.id }), mustChangePassword: true });
    expect(await getActor()).toBeNull();
  });
});

describe('renewSessionCookie', () => {
  it('gives this browser a session token for the account’s current version, in next-auth’s cookie', async () => {
    const user = await factory.createUser();
    await update(user.id, { sessionVersion: 7 });
    await renewSessionCookie((await findUserById(user.id))!);

    const cookie = request.cookies.get('next-auth.session-token');
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 12 * 60 * 60 });
    const token = await decode({ token: cookie?.value, secret: process.env.NEXTAUTH_SECRET! });
    expect(token).toMatchObject({ sub: user.id, sessionVersion: 7, role: user.role, email: user.email });
  });
});
