import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalId, requiredText } from '../schemas';
import { isCommonPassword, isOwnEmail } from './password-rules';
import { currentPasswordSchema, emailSchema } from './sign-in-schemas';
import { maxPasswordLength, minPasswordLength, roles } from './values';

export { emailSchema };

// Messages are keys of the `browserErrors` catalog namespace: the form and the server show the same words.
export const roleSchema = z.enum(roles, { error: 'roleInvalid' });

const optionalPartyId = optionalId('partyInvalid');

/** A new password: long enough, and not one of the most common (the email rule needs the email: see below). */
export const passwordSchema = z
  .string({ error: 'passwordTooShort' })
  .min(minPasswordLength, { error: 'passwordTooShort' })
  .max(maxPasswordLength, { error: 'tooLong' })
  .refine((password) => !isCommonPassword(password), { error: 'passwordTooCommon' });

const nameSchema = requiredText(2, 200, 'nameRequired');
const userIdSchema = idSchema;

// A delegate always speaks for a party (the database checks it too).
function delegateHasParty(value: { role: string; partyId: string | null }): boolean {
  return value.role !== 'delegate' || value.partyId !== null;
}
const delegateNeedsParty = { error: 'partyRequiredForDelegate', path: ['partyId'] };

export const createUserSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    role: roleSchema,
    partyId: optionalPartyId,
    password: passwordSchema,
  })
  .refine(delegateHasParty, delegateNeedsParty)
  .refine((value) => !isOwnEmail(value.password, value.email), { error: 'passwordIsEmail', path: ['password'] });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeUserRoleSchema = z
  .object({ userId: userIdSchema, role: roleSchema, partyId: optionalPartyId })
  .refine(delegateHasParty, delegateNeedsParty);
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: userIdSchema, isDisabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

// Search parameters come from the address bar: an unusable one (repeated, too long) is as if absent.
/** The sign-in page's search parameters: like any, an unusable one (repeated, too long) is as if absent. */
export const signInPageSchema = z.object({
  callbackUrl: z.string().max(2000).optional().catch(undefined),
  error: z.string().max(100).optional().catch(undefined),
  signedOut: z.string().max(10).optional().catch(undefined),
});
export type SignInPageInput = z.output<typeof signInPageSchema>;

export const findUsersSchema = z.object({
  query: z.string().trim().max(200).optional().catch(undefined),
  page: pageNumberSchema,
});
export type FindUsersInput = z.infer<typeof findUsersSchema>;

/**
 * A person's own password change. The new password must differ from the current one and be typed
 * twice; that it is not their email is checked by the use-case, which knows the email.
 */
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: 'passwordsDiffer' }),
  })
  .refine((value) => value.confirmPassword === value.newPassword, { error: 'passwordsDiffer', path: ['confirmPassword'] })
  .refine((value) => value.newPassword !== value.currentPassword, { error: 'passwordUnchanged', path: ['newPassword'] });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

export const resetUserPasswordSchema = z.object({ userId: userIdSchema });
export type ResetUserPasswordInput = z.infer<typeof resetUserPasswordSchema>;
