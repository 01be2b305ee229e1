import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalId, requiredText } from '../schemas';
import { isOwnEmail } from '../users/password-rules';
import { emailSchema, passwordSchema } from '../users/schemas';

// Messages are keys of the `browserErrors` catalog namespace: the form and the server show the same words.

/**
 * Signing up: who the person is, the party they speak for and their position, which the secretariat
 * checks before confirming. `meetingId` is the meeting whose page they came from, so that once
 * confirmed they are sent on to register for it.
 */
export const signUpSchema = z
  .object({
    name: requiredText(2, 200, 'nameRequired'),
    email: emailSchema,
    password: passwordSchema,
    partyId: z.uuid({ error: 'partyInvalid' }),
    position: requiredText(2, 200, 'positionRequired'),
    meetingId: optionalId('invalid').optional(),
  })
  .refine((value) => !isOwnEmail(value.password, value.email), { error: 'passwordIsEmail', path: ['password'] });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The sign-up pages' search parameters: like any, an unusable one is as if absent. */
export const signUpPageSchema = z.object({
  meeting: z.uuid().optional().catch(undefined),
});

export const findPendingAccountsSchema = z.object({
  page: pageNumberSchema,
  /** What the last decision was, for the page to say so. */
  notice: z.enum(['confirmed', 'refused']).optional().catch(undefined),
});
export type FindPendingAccountsInput = z.infer<typeof findPendingAccountsSchema>;

export const confirmAccountSchema = z.object({ userId: idSchema });
export type ConfirmAccountInput = z.infer<typeof confirmAccountSchema>;

export const refuseAccountSchema = z.object({
  userId: idSchema,
  /** Sent to the person: why, and what to do instead (sign up with an official address, ask their focal point). */
  reason: requiredText(3, 1000, 'refusalReasonRequired'),
});
export type RefuseAccountInput = z.infer<typeof refuseAccountSchema>;
