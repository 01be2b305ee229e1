import { z } from 'zod';
import { idSchema, requiredText } from '../schemas';
import { emailSchema, passwordSchema } from '../users/schemas';
import { invitationRoles, isInvitationTokenShape } from './values';

// Messages are keys of the `browserErrors` catalog namespace: the form and the server show the same words.

export const createInvitationSchema = z.object({
  meetingId: idSchema,
  name: requiredText(2, 200, 'nameRequired'),
  email: emailSchema,
  partyId: z.uuid({ error: 'partyInvalid' }),
  role: z.enum(invitationRoles, { error: 'roleInvalid' }),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const invitationTokenSchema = z.string({ error: 'invitationUnknown' }).refine(isInvitationTokenShape, { error: 'invitationUnknown' });

/** Accepting signed out: the account is made with the invitation's email, the name (as the secretariat wrote it, or corrected) and a password. */
export const acceptInvitationWithAccountSchema = z.object({
  token: invitationTokenSchema,
  name: requiredText(2, 200, 'nameRequired'),
  password: passwordSchema,
});
export type AcceptInvitationWithAccountInput = z.infer<typeof acceptInvitationWithAccountSchema>;

/** Accepting signed in, as the invited account. */
export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const findInvitationsSchema = z.object({ meetingId: idSchema });
