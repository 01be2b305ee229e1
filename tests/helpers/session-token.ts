import { encode, type JWT } from 'next-auth/jwt';

/**
 * A session cookie's value as next-auth issues it at sign-in, for the requests a test makes up:
 * lib/session.ts reads and decrypts it as it would a browser's. A negative `maxAge` gives one that
 * has expired.
 */
export function sessionToken(claims: JWT, maxAge = 3600): Promise<string> {
  return encode({ token: claims, secret: process.env.NEXTAUTH_SECRET!, maxAge });
}
