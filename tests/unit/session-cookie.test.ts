import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionCookieFor } from '@/lib/session-cookie';

/** lib/auth.ts and proxy.ts as a server started with this public URL would load them. */
async function loadedWith(publicUrl: string) {
  vi.stubEnv('NEXTAUTH_URL', publicUrl);
  vi.resetModules();
  const [{ authOptions }, { sessionCookie }] = await Promise.all([import('@/lib/auth'), import('@/lib/session-cookie')]);
  return { authOptions, sessionCookie };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the session cookie', () => {
  it('is Secure, with the __Secure- prefix, when the public URL is https', () => {
    expect(sessionCookieFor(new URL('https://meetings.example.org'))).toEqual({
      isSecure: true,
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
  });

  it('is a plain cookie on http (a local start)', () => {
    expect(sessionCookieFor(new URL('http://localhost:3000'))).toEqual({
      isSecure: false,
      name: 'next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false },
    });
  });
});

describe('the next-auth options', () => {
  it('say Secure cookies for an https public URL, with the cookie the proxy reads', async () => {
    const { authOptions, sessionCookie } = await loadedWith('https://meetings.example.org');
    expect(authOptions.useSecureCookies).toBe(true);
    expect(authOptions.cookies?.sessionToken).toEqual({
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
    expect(sessionCookie.name).toBe(authOptions.cookies?.sessionToken?.name);
  });

  it('say plain cookies for an http public URL', async () => {
    const { authOptions } = await loadedWith('http://localhost:3100');
    expect(authOptions.useSecureCookies).toBe(false);
    expect(authOptions.cookies?.sessionToken).toMatchObject({ name: 'next-auth.session-token', options: { secure: false } });
  });
});
