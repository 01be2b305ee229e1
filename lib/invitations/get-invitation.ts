import 'server-only';
import { hasAccountWithEmail } from '@/db/queries/accounts';
import { findInvitationByTokenHash } from '@/db/queries/invitations';
import type { Actor } from '../permissions';
import { hashInvitationToken, invitationStatus, isInvitationTokenShape } from './tokens';

/** What the invitation page shows of an invitation: to whom, to what, for which party. */
export type InvitationSummary = { name: string; email: string; meetingId: string; meetingTitle: string; partyName: string; role: 'delegate' | 'observer' | 'secretariat' | 'chair'; expiresAt: Date; timeZone: string };

export type InvitationView =
  /** No invitation has this token (or it was mistyped). */
  | { state: 'unknown' }
  | { state: 'used' }
  | { state: 'expired' }
  /** Already accepted by the one looking at it: nothing left but to register. */
  | { state: 'acceptedByYou'; meetingId: string }
  /** Signed in as someone else: the invitation is not theirs to use. */
  | { state: 'forAnother'; email: string; actorEmail: string }
  /** Signed in as the invited person: one click accepts it. */
  | { state: 'acceptAsYou'; invitation: InvitationSummary }
  /** Signed out, and the email has an account: sign in first, then accept. */
  | { state: 'signInFirst'; invitation: InvitationSummary }
  /** Signed out, and no account has the email: the form that makes one. */
  | { state: 'createAccount'; invitation: InvitationSummary };

// What someone who opens an invitation link can do with it, signed in (`actor`) or not. Reads only:
// opening the link changes nothing.
export async function getInvitation({ actor, input, now = new Date() }: { actor: Actor | null; input: { token: string }; now?: Date }): Promise<InvitationView> {
  if (!isInvitationTokenShape(input.token)) return { state: 'unknown' };
  const invitation = await findInvitationByTokenHash(hashInvitationToken(input.token));
  if (!invitation) return { state: 'unknown' };
  const status = invitationStatus(invitation, now);
  if (status === 'accepted') {
    return actor && invitation.acceptedByUserId === actor.id ? { state: 'acceptedByYou', meetingId: invitation.meetingId } : { state: 'used' };
  }
  if (status === 'expired') return { state: 'expired' };
  const summary: InvitationSummary = {
    name: invitation.name,
    email: invitation.email,
    meetingId: invitation.meetingId,
    meetingTitle: invitation.meetingTitle,
    partyName: invitation.partyName,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    timeZone: invitation.meetingTimeZone,
  };
  if (actor) {
    return actor.email.toLowerCase() === invitation.email
      ? { state: 'acceptAsYou', invitation: summary }
      : { state: 'forAnother', email: invitation.email, actorEmail: actor.email };
  }
  return (await hasAccountWithEmail(invitation.email)) ? { state: 'signInFirst', invitation: summary } : { state: 'createAccount', invitation: summary };
}
