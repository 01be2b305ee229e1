import type { Actor } from '@/lib/permissions';

/**
 * Who is signed in, as a test says it: in a real request the session comes from next-auth's
 * cookie. A test file mocks `@/lib/session` with `signedInSession` and sets `session.actor`;
 * everything else (the action's schema, the use-case, the database, the audit) is the real pipeline.
 */
export const session: { actor: Actor | null } = { actor: null };

export const signedInSession = {
  requireActor: async () => {
    if (!session.actor) throw new Error('NEXT_REDIRECT /sign-in');
    return session.actor;
  },
  requireSignedIn: async () => {
    if (!session.actor) throw new Error('NEXT_REDIRECT /sign-in');
    return { actor: session.actor, mustChangePassword: false };
  },
  getActor: async () => session.actor,
};
