import 'server-only';
import { db, type Tx } from '@/db/client';
import { findInvitationByTokenHash, markInvitationAccepted, type InvitationDetail } from '@/db/queries/invitations';
import { insertUser, type UserRecord } from '@/db/queries/users';
import type { Visitor } from '../action';
import { recordAudit } from '../audit';
import { AppError, isUniqueViolation } from '../errors';
import { hashPassword } from '../password';
import type { Actor } from '../permissions';
import { isOwnEmail } from '../users/password-rules';
import { toActor } from '../users/to-actor';
import type { AcceptInvitationInput, AcceptInvitationWithAccountInput } from './schemas';
import { hashInvitationToken, invitationStatus } from './tokens';

/** Why an invitation cannot be used (now): unknown, used or expired, each with its own message. */
function assertUsable(invitation: InvitationDetail | undefined, now: Date): asserts invitation is InvitationDetail {
  if (!invitation) throw new AppError('NOT_FOUND', 'invitationUnknown');
  const status = invitationStatus(invitation, now);
  if (status === 'accepted') throw new AppError('INVALID_STATE', 'invitationUsed');
  if (status === 'expired') throw new AppError('INVALID_STATE', 'invitationExpired');
  // A party retired since the invitation takes no new members.
  if (invitation.partyRetiredAt) throw new AppError('INVALID_STATE', 'invitationPartyRetired');
}

/**
 * Marks the invitation used, under its row lock and guarded in SQL (not accepted, not expired by the
 * database's clock), and records who accepted it.
 */
async function markAccepted(tx: Tx, invitation: InvitationDetail, by: Actor): Promise<void> {
  const accepted = await markInvitationAccepted(invitation.id, by.id, tx);
  if (!accepted) throw new AppError('INVALID_STATE', 'invitationUsed');
  await recordAudit(tx, by, {
    action: 'invitation.accepted',
    entityType: 'invitation',
    entityId: invitation.id,
    change: { meetingId: invitation.meetingId },
  });
}

// An invited person with no account accepts the invitation: an active account is made for the
// invitation's email, party and role (no confirmation: the secretariat chose them), and the link is
// used up. Of two tabs accepting one link at once, one makes the account and the other is refused.
export async function acceptInvitationWithAccount({
  input,
  now = new Date(),
}: {
  input: AcceptInvitationWithAccountInput;
  visitor?: Visitor;
  now?: Date;
}): Promise<{ user: UserRecord; meetingId: string }> {
  const tokenHash = hashInvitationToken(input.token);
  // Read once before hashing the password, so a dead link costs no hashing; checked again under the lock.
  const preview = await findInvitationByTokenHash(tokenHash);
  assertUsable(preview, now);
  if (isOwnEmail(input.password, preview.email)) throw new AppError('INVALID_STATE', 'passwordIsEmail', { password: 'passwordIsEmail' });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const invitation = await findInvitationByTokenHash(tokenHash, tx, { lock: true });
      assertUsable(invitation, now);
      const user = await insertUser(
        { name: input.name, email: invitation.email, passwordHash, role: invitation.role, partyId: invitation.partyId, status: 'active' },
        tx,
      );
      const person = toActor(user);
      // The person made their own account, through the secretariat's invitation.
      await recordAudit(tx, person, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        change: { name: user.name, email: user.email, role: user.role, partyId: user.partyId, invitationId: invitation.id },
      });
      await markAccepted(tx, invitation, person);
      return { user, meetingId: invitation.meetingId };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) throw new AppError('CONFLICT', 'invitationAccountExists');
    throw error;
  }
}

// A signed-in person accepts an invitation sent to their own email: the link is used up, and they
// go on to register. Anyone else is refused, and nothing is written.
export async function acceptInvitation({ actor, input, now = new Date() }: { actor: Actor; input: AcceptInvitationInput; now?: Date }) {
  return db.transaction(async (tx) => {
    const invitation = await findInvitationByTokenHash(hashInvitationToken(input.token), tx, { lock: true });
    if (invitation && invitation.email !== actor.email.toLowerCase()) {
      throw new AppError('FORBIDDEN', 'invitationForAnother', undefined, { values: { email: invitation.email } });
    }
    assertUsable(invitation, now);
    await markAccepted(tx, invitation, actor);
    return { meetingId: invitation.meetingId };
  });
}
