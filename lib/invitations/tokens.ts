import { createHash, randomBytes } from 'node:crypto';

export { isInvitationTokenShape } from './values';

// The secret in an invitation link, and the rules of its life, as pure functions. Only the token's
// hash is stored (invitations.tokenHash): someone who reads the database cannot use the links.

/** 32 random bytes, url-safe: 43 characters, 256 bits no one guesses. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token's sha-256, hex: how invitations are stored and looked up. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const day = 24 * 60 * 60 * 1000;

/** When an invitation made at `createdAt` stops working: `validDays` later, to the millisecond. */
export function invitationExpiresAt(createdAt: Date, validDays: number): Date {
  return new Date(createdAt.getTime() + validDays * day);
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired';

/** Accepted once and for all; otherwise usable until the instant it expires (that instant included: expired). */
export function invitationStatus(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  return now.getTime() < invitation.expiresAt.getTime() ? 'pending' : 'expired';
}
