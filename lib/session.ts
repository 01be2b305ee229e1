import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { findUserById } from '@/db/queries/users';
import { authOptions, signInPath } from './auth';
import type { Actor } from './permissions';
import { toActor } from './users/to-actor';

type SessionState = { actor: Actor } | { actor: null; reason: 'signedOut' | 'accountDisabled' };

// The token only says who signed in; the account is re-read on every request so that a disabled
// account or a changed role takes effect at once, not when the token expires.
const readSession = cache(async (): Promise<SessionState> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return { actor: null, reason: 'signedOut' };
  const user = await findUserById(session.user.id);
  if (!user || user.isDisabled) return { actor: null, reason: 'accountDisabled' };
  return { actor: toActor(user) };
});

/** The signed-in actor, or null for a visitor. */
export async function getActor(): Promise<Actor | null> {
  return (await readSession()).actor;
}

/** The signed-in actor; anyone else is sent to sign in. */
export async function requireActor(): Promise<Actor> {
  const state = await readSession();
  if (state.actor) return state.actor;
  redirect(state.reason === 'accountDisabled' ? `${signInPath}?error=AccountDisabled` : signInPath);
}
