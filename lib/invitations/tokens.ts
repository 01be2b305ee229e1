export { isInvitationTokenShape } from './values';
export { hashLinkToken as hashInvitationToken, newLinkToken as newInvitationToken } from '../link-tokens';

// The secret in an invitation link, and the rules of its life, as pure functions. Only the token's
// hash is stored (invitations.tokenHash): someone who reads the database cannot use the links.

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
