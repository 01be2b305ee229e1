import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { UserRecord } from '@/db/queries/users';
import { clientAddress } from './client-address';
import { trustedProxyHops } from './config';
import { sessionCookie } from './session-cookie';
import type { Role } from './users/values';
import { authenticateUser } from './users/authenticate-user';
import { signInSchema } from './users/sign-in-schemas';
import { accountPendingError, accountRefusedError, throttledError } from './users/sign-in-limits';
import { signOutEverywhere } from './users/sign-out-everywhere';

export const signInPath = '/sign-in';

/** A working day; the token only names the user, every request re-reads the account (lib/session.ts). */
export const sessionMaxAge = 12 * 60 * 60;

type SessionAccount = Pick<UserRecord, 'id' | 'role' | 'partyId' | 'sessionVersion'> & { name?: string | null; email?: string | null };

/** What the session token says about the account: who, and which of its session versions it belongs to. */
export function sessionClaims(user: SessionAccount): JWT {
  const { id, name, email, role, partyId, sessionVersion } = user;
  return { sub: id, name, email, role, partyId, sessionVersion };
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: sessionMaxAge },
  // Said outright rather than left to next-auth's guess from the environment, so the proxy reads the same cookie.
  useSecureCookies: sessionCookie.isSecure,
  cookies: { sessionToken: { name: sessionCookie.name, options: sessionCookie.options } },
  pages: { signIn: signInPath, signOut: '/sign-out', error: signInPath },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const address = clientAddress(request.headers?.['x-forwarded-for'] as string | undefined, trustedProxyHops);
        const result = await authenticateUser({ input: { ...parsed.data, clientAddress: address } });
        // next-auth hands the message of a thrown error to the sign-in form, which says when to try again.
        if (result.outcome === 'throttled') throw new Error(throttledError(result.retryAfterSeconds));
        if (result.outcome === 'notConfirmed') throw new Error(result.status === 'pending' ? accountPendingError : accountRefusedError);
        if (result.outcome === 'failed') return null;
        const { id, name, email, role, partyId, sessionVersion } = result.user;
        return { id, name, email, role, partyId, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      return user ? { ...token, ...sessionClaims(user) } : token;
    },
    session({ session, token }) {
      if (token.sub && session.user) {
        session.user.id = token.sub;
        session.user.role = token.role as Role;
        session.user.partyId = token.partyId ?? null;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
  events: {
    // Signing out signs the account out everywhere: every other session of it ends at its next request.
    async signOut({ token }) {
      if (token?.sub && typeof token.sessionVersion === 'number') {
        await signOutEverywhere({ input: { userId: token.sub, sessionVersion: token.sessionVersion } });
      }
    },
  },
};
