import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { clientAddress } from './client-address';
import { trustedProxyHops } from './config';
import { sessionCookie } from './session-cookie';
import type { Role } from './users/values';
import { authenticateUser } from './users/authenticate-user';
import { signInSchema } from './users/schemas';
import { throttledError } from './users/sign-in-limits';

export const signInPath = '/sign-in';

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // A working day; the token only names the user, every request re-reads the account (lib/session.ts).
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
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
        if (result.outcome === 'failed') return null;
        const { id, name, email, role, partyId } = result.user;
        return { id, name, email, role, partyId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.partyId = user.partyId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) {
        session.user.id = token.sub;
        session.user.role = token.role as Role;
        session.user.partyId = (token.partyId as string | null) ?? null;
      }
      return session;
    },
  },
};
