import { asc, count, eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, invitations, users } from '@/db/schema';
import { hashInvitationToken, newInvitationToken } from '@/lib/invitations/tokens';
import { sessionToken } from '../helpers/session-token';
import * as factory from './factories';

// A real request carries headers and next-auth's cookie; here the test says what they hold (the
// cookie a real, encrypted token), and keeps what cookies() was asked to do.
// Everything else is the real pipeline.
const request = vi.hoisted(() => ({
  sessionToken: null as string | null,
  forwardedFor: null as string | null,
  cookies: new Map<string, { value: string; options: Record<string, unknown> }>(),
}));
vi.mock('next/navigation', () => ({
  redirect: (path: string) => {
    throw new Error(`NEXT_REDIRECT ${path}`);
  },
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(request.forwardedFor ? { 'x-forwarded-for': request.forwardedFor } : {}),
  cookies: async () => ({
    get: (name: string) => (name === 'next-auth.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => request.cookies.set(name, { value, options }),
  }),
}));

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret';
const { getActor, requireActor } = await import('@/lib/session');
const { signUpAction } = await import('@/app/(auth)/sign-up/actions');
const { acceptInvitationWithAccountAction } = await import('@/app/(auth)/invitations/actions');

beforeEach(() => {
  request.sessionToken = null;
  request.forwardedFor = null;
  request.cookies.clear();
});

async function userCount() {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n;
}

const signUpForm = (partyId: string) => ({
  name: 'Bat-Erdene Gansukh',
  email: 'b.gansukh@met.gov.example',
  password: 'steppe and sky 2026',
  partyId,
  position: 'Director',
  meetingId: '',
});

describe('publicAction, through signUpAction', () => {
  it('signs up a visitor with no session, counting the address the request came from', async () => {
    const party = await factory.createParty();
    request.forwardedFor = '203.0.113.50';
    const result = await signUpAction(signUpForm(party.id));
    expect(result).toEqual({ ok: true, data: { userId: expect.any(String) } });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'user.signed_up')).orderBy(asc(auditEvents.id));
    expect(event!.change).toMatchObject({ clientAddress: '203.0.113.50' });
  });

  it('answers every invalid field at once and writes nothing', async () => {
    const result = await signUpAction({ name: '', email: 'x', password: 'short', partyId: '', position: '', meetingId: 'x' });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: 'nameRequired',
        email: 'emailInvalid',
        password: 'passwordTooShort',
        partyId: 'partyInvalid',
        position: 'positionRequired',
        meetingId: 'invalid',
      },
    });
    expect(await userCount()).toBe(0);
  });

  it('puts an email already taken on its field', async () => {
    const party = await factory.createParty();
    await signUpAction(signUpForm(party.id));
    expect(await signUpAction(signUpForm(party.id))).toMatchObject({ ok: false, formError: 'emailTaken', fieldErrors: { email: 'emailTaken' } });
  });
});

describe('an account that is not active', () => {
  it.each(['pending', 'refused'] as const)('has no session when %s, whatever its token says', async (status) => {
    const user = await factory.createUser({ role: 'delegate', status: 'pending' });
    if (status === 'refused') await db.update(users).set({ status, statusReason: 'Unknown' }).where(eq(users.id, user.id));
    request.sessionToken = await sessionToken({ sub: user.id, sessionVersion: user.sessionVersion });
    expect(await getActor()).toBeNull();
    await expect(requireActor()).rejects.toThrow('NEXT_REDIRECT /sign-in?error=AccountDisabled');
  });
});

describe('acceptInvitationWithAccountAction', () => {
  async function invitation() {
    const meeting = await factory.createMeeting({ status: 'registration_open' });
    const party = await factory.createParty({ name: 'Mongolia' });
    const token = newInvitationToken();
    await db.insert(invitations).values({
      email: 'tuya@mne.example',
      name: 'Tuya Bat',
      meetingId: meeting.id,
      partyId: party.id,
      role: 'delegate',
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    return { meeting, token };
  }

  it('makes the account and signs this browser in with it', async () => {
    const { meeting, token } = await invitation();
    const result = await acceptInvitationWithAccountAction({ token, name: 'Tuya Bat', password: 'steppe and sky 2026' });
    expect(result).toEqual({ ok: true, data: { meetingId: meeting.id } });
    const [user] = await db.select().from(users).where(eq(users.email, 'tuya@mne.example'));
    const cookie = request.cookies.get('next-auth.session-token');
    const claims = await decode({ token: cookie?.value, secret: process.env.NEXTAUTH_SECRET! });
    expect(claims).toMatchObject({ sub: user!.id, sessionVersion: user!.sessionVersion });
  });

  it('refuses someone signed in, before anything is written', async () => {
    const { token } = await invitation();
    const someone = await factory.createUser({ role: 'observer' });
    request.sessionToken = await sessionToken({ sub: someone.id, sessionVersion: someone.sessionVersion });
    const before = await userCount();
    // Refused in the action itself, before the shared pipeline: still worded by the server.
    expect(await acceptInvitationWithAccountAction({ token, name: 'Tuya Bat', password: 'steppe and sky 2026' })).toEqual({
      ok: false,
      formError: 'invitationSignedIn',
      messages: { invitationSignedIn: expect.stringContaining('signed in') },
    });
    expect(await userCount()).toBe(before);
    expect(request.cookies.size).toBe(0);
    const [row] = await db.select().from(invitations);
    expect(row!.acceptedAt).toBeNull();
  });

  it('answers a refusal of the use-case without signing anyone in', async () => {
    const result = await acceptInvitationWithAccountAction({ token: newInvitationToken(), name: 'Tuya Bat', password: 'steppe and sky 2026' });
    expect(result).toMatchObject({ ok: false, formError: 'invitationUnknown' });
    expect(request.cookies.size).toBe(0);
  });
});
