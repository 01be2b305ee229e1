import 'server-only';
import { db } from '@/db/client';
import { insertInvitation } from '@/db/queries/invitations';
import { recordAudit } from '../audit';
import { invitationValidDays } from '../accounts/values';
import { publicUrl } from '../config';
import { enqueueEmail } from '../email/outbox';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { requireActiveParty } from '../parties/active-party';
import { assertCan, type Actor } from '../permissions';
import { invitationEmail } from './emails';
import type { CreateInvitationInput } from './schemas';
import { hashInvitationToken, invitationExpiresAt, newInvitationToken } from './tokens';

/** The page that takes an invitation's token. */
export function invitationLink(token: string): string {
  return new URL(`/invitations/${token}`, publicUrl).href;
}

// Staff invite a party's focal point to a meeting by email: the link lets them make an account
// (confirmed from the start, since the secretariat chose them) and register. Inviting decides who
// gets an account, so it takes the power to manage accounts.
export async function createInvitation({ actor, input, now = new Date() }: { actor: Actor; input: CreateInvitationInput; now?: Date }) {
  assertCan(actor, 'users:manage');
  const token = newInvitationToken();
  const link = invitationLink(token);
  return db.transaction(async (tx) => {
    // Under the meeting, like everything about it: a concluded or cancelled meeting invites no one.
    const meeting = await lockMeetingForChange(tx, input.meetingId);
    const party = await requireActiveParty(tx, input.partyId);
    const invitation = await insertInvitation(
      {
        meetingId: meeting.id,
        name: input.name,
        email: input.email,
        partyId: party.id,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        expiresAt: invitationExpiresAt(now, invitationValidDays),
        createdByUserId: actor.id,
      },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitation.id,
      change: {
        fields: {
          name: { after: invitation.name },
          email: { after: invitation.email },
          partyId: { after: invitation.partyId },
          role: { after: invitation.role },
          expiresAt: { after: invitation.expiresAt.toISOString() },
        },
        meetingId: meeting.id,
      },
    });
    await enqueueEmail(
      tx,
      invitationEmail({ ...invitation, meetingTitle: meeting.title, partyName: party.name, link, timeZone: meeting.timeZone }),
    );
    // The link goes back to the staff member once, as it goes out by email: only its hash is kept.
    return { invitation: { id: invitation.id, meetingId: meeting.id, email: invitation.email, name: invitation.name }, link };
  });
}
