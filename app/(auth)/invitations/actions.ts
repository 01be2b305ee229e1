'use server';

import { validatedAction, publicAction, refusal, type ActionResult } from '@/lib/action';
import { acceptInvitation, acceptInvitationWithAccount } from '@/lib/invitations/accept-invitation';
import {
  acceptInvitationSchema,
  acceptInvitationWithAccountSchema,
  type AcceptInvitationWithAccountInput,
} from '@/lib/invitations/schemas';
import { getActor, renewSessionCookie } from '@/lib/session';

const acceptWithAccount = publicAction(acceptInvitationWithAccountSchema, acceptInvitationWithAccount);

/**
 * Accepts an invitation signed out: makes the account and signs this browser in with it. Someone
 * signed in is refused before anything is written: the invitation would make a second account.
 */
export async function acceptInvitationWithAccountAction(input: AcceptInvitationWithAccountInput): Promise<ActionResult<{ meetingId: string }>> {
  if (await getActor()) return refusal({ formError: 'invitationSignedIn' });
  const result = await acceptWithAccount(input);
  if (!result.ok) return result;
  await renewSessionCookie(result.data.user);
  return { ok: true, data: { meetingId: result.data.meetingId } };
}

/** Accepts an invitation as the signed-in account it was sent to. */
export const acceptInvitationAction = validatedAction(acceptInvitationSchema, acceptInvitation);
