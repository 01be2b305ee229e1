import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { publicUrl } from '@/lib/config';
import { securityHeaders } from '@/lib/http/security-headers';
import { sessionCookie } from '@/lib/session-cookie';

// Paths anyone may open signed out (document downloads check access themselves); everything else needs a session.
const publicPrefixes = ['/sign-in', '/sign-out', '/sign-up', '/invitations', '/api/auth', '/public', '/files'];

// Files served as they are (app/icon.svg, anything in public/) end in an extension; no page's path does.
const filePath = /\/[^/]+\.[a-z0-9]+$/i;

function isPublic(pathname: string): boolean {
  if (filePath.test(pathname)) return true;
  return publicPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// Every response passes here, pages, route handlers and files alike, to get the security headers with
// a fresh script nonce. Pages are all rendered per request, so Next can stamp the nonce on its scripts.
// Where a route handler sets one of these headers too, Next sends the value set here.
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const headers = securityHeaders({ nonce, publicUrl, isDevelopment: process.env.NODE_ENV === 'development' });
  const response = await route(request, headers['Content-Security-Policy']);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// An early, cheap redirect for signed-out visitors. It is a courtesy, not the check: every page and
// action still calls requireActor(), which also refuses disabled accounts and ended sessions.
async function route(request: NextRequest, contentSecurityPolicy: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  // The cookie next-auth sets (lib/auth.ts), by name: next-auth's own guess from the environment could differ.
  const isSignedIn = async () =>
    Boolean(
      await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, cookieName: sessionCookie.name, secureCookie: sessionCookie.isSecure }),
    );
  if (!isPublic(pathname) && !(await isSignedIn())) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicy);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Build output under _next/static is content-hashed JS and CSS, never a document: it needs no policy.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
