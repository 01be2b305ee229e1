import { publicUrl } from './config';

/**
 * next-auth's session cookie, named and flagged from the app's public URL: Secure (and with the
 * `__Secure-` prefix browsers enforce) whenever the app is served over https. Sign-in, the proxy's
 * token check and the renewal after a password change all use this one definition.
 */
export function sessionCookieFor(url: URL) {
  const isSecure = url.protocol === 'https:';
  return {
    isSecure,
    name: `${isSecure ? '__Secure-' : ''}next-auth.session-token`,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: isSecure },
  };
}

export const sessionCookie = sessionCookieFor(new URL(publicUrl));
