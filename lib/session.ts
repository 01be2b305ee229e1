import 'server-only';
import { decode, encode, type JWT } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { findAccountWithParty, type UserRecord } from '@/db/queries/users';
import { authOptions, sessionClaims, sessionMaxAge, signInPath } from './auth';
import type { PartyKind } from './parties/values';
import type { Actor } from './permissions';
import { sessionCookie } from './session-cookie';
import { toActor } from './users/to-actor';

/** Where someone who must choose a new password is sent from every other page. */
export const passwordChangePath = '/change-password';

type SignedOutReason = 'signedOut' | 'accountDisabled' | 'sessionEnded';
/** The actor's own party, read with the account: what their party lets them do depends on its kind. */
export type OwnParty = { id: string; name: string; kind: PartyKind; isRetired: boolean };
type SignedIn = { actor: Actor; mustChangePassword: boolean; party: OwnParty | null };
type SessionState = SignedIn | { actor: null; reason: SignedOutReason };

const signInPaths: Record<SignedOutReason, string> = {
  signedOut: signInPath,
  accountDisabled: `${signInPath}?error=AccountDisabled`,
  sessionEnded: `${signInPath}?error=SessionEnded`,
};

// The token only says who signed in and with which session version; the account is re-read on every
// request, so that disabling it, a changed role, a new password or signing out elsewhere (each of
// which raises the version) takes effect at once, not when the token expires.
const readSession = cache(async (): Promise<SessionState> => {
  const token = await readSessionToken();
  if (!token?.sub) return { actor: null, reason: 'signedOut' };
  const user = await findAccountWithParty(token.sub);
  // Only an active account has a session: one waiting for confirmation, or refused, has none.
  if (!user || user.isDisabled || user.status !== 'active') return { actor: null, reason: 'accountDisabled' };
  if (token.sessionVersion !== user.sessionVersion) return { actor: null, reason: 'sessionEnded' };
  const party =
    user.partyId && user.partyName && user.partyKind
      ? { id: user.partyId, name: user.partyName, kind: user.partyKind, isRetired: user.partyRetiredAt !== null }
      : null;
  return { actor: toActor(user), mustChangePassword: user.mustChangePassword, party };
});

// The session cookie's claims, decrypted and checked (signature, expiry) as next-auth does; null when
// absent, tampered with or expired. Read directly rather than through getServerSession, which would
// also run next-auth's whole session handler and encrypt a renewed token that a page cannot set anyway.
async function readSessionToken(): Promise<JWT | null> {
  const value = (await cookies()).get(sessionCookie.name)?.value;
  const secret = authOptions.secret;
  if (!value || !secret) return null;
  try {
    return await decode({ token: value, secret });
  } catch {
    return null;
  }
}

/** The signed-in actor, or null for a visitor (and for someone who must first choose a new password). */
export async function getActor(): Promise<Actor | null> {
  const state = await readSession();
  return state.actor && !state.mustChangePassword ? state.actor : null;
}

/**
 * The signed-in actor, and whether they must choose a new password before anything else; anyone
 * else is sent to sign in. Only the password change itself uses this: everything else uses requireActor().
 */
export async function requireSignedIn(): Promise<SignedIn> {
  const state = await readSession();
  if (state.actor) return state;
  redirect(signInPaths[state.reason]);
}

/** The signed-in actor; anyone else is sent to sign in, and someone with a temporary password to change it. */
export async function requireActor(): Promise<Actor> {
  const { actor, mustChangePassword } = await requireSignedIn();
  if (mustChangePassword) redirect(passwordChangePath);
  return actor;
}

/** What the app shell and the account page show of the signed-in person: read with the account, no query of its own. */
export async function requireProfile() {
  const { actor, party } = await requireSignedIn();
  return { name: actor.name, email: actor.email, role: actor.role, partyName: party?.name ?? null };
}

/** The signed-in actor with their own party, if any: read with the account, no query of its own. */
export async function requireActorWithParty(): Promise<{ actor: Actor; party: OwnParty | null }> {
  const actor = await requireActor();
  const { party } = await requireSignedIn();
  return { actor, party };
}

/**
 * Gives this browser a new session cookie for the account's current session version, so that a
 * password change, which ends every other session, keeps this one. Only from a server action or a
 * route handler, where cookies can be set.
 */
export async function renewSessionCookie(user: UserRecord): Promise<void> {
  const secret = authOptions.secret;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set: no session can be issued.');
  const token = await encode({ token: sessionClaims(user), secret, maxAge: sessionMaxAge });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: sessionMaxAge });
}
