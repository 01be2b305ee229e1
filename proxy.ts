import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookie } from '@/lib/session-cookie';

// Paths anyone may open signed out (document downloads check access themselves); everything else needs a session.
const publicPrefixes = ['/sign-in', '/sign-out', '/api/auth', '/public', '/files'];

function isPublic(pathname: string): boolean {
  return publicPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// An early, cheap redirect for signed-out visitors. It is a courtesy, not the check: every page and
// action still calls requireActor(), which also refuses disabled accounts and ended sessions.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublic(pathname)) return NextResponse.next();
  // The cookie next-auth sets (lib/auth.ts), by name: next-auth's own guess from the environment could differ.
  const token = await getToken({
    req: request,
    secret: process.env.NEXTAUTH_SECRET,
    cookieName: sessionCookie.name,
    secureCookie: sessionCookie.isSecure,
  });
  if (token) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
