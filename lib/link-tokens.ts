import { createHash, randomBytes } from 'node:crypto';

// The secret of a link sent by email (an invitation, an evaluation): only its hash is stored, so
// someone who reads the database cannot use the links.

/** 32 random bytes, url-safe: 43 characters, 256 bits no one guesses. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token's sha-256, hex: how links are stored and looked up. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
