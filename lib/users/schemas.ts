import { z } from 'zod';
import { roles } from './values';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalId, requiredText } from '../schemas';

// Messages are keys of the `errors` catalog namespace: the form and the server show the same words.
export const roleSchema = z.enum(roles, { error: 'roleInvalid' });

const optionalPartyId = optionalId('partyInvalid');

export const emailSchema = z
  .string({ error: 'emailInvalid' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'emailInvalid' }).max(254, { error: 'tooLong' }));

export const passwordSchema = z
  .string({ error: 'passwordTooShort' })
  .min(12, { error: 'passwordTooShort' })
  .max(200, { error: 'tooLong' });

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
  .refine(delegateHasParty, delegateNeedsParty);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeUserRoleSchema = z
  .object({ userId: userIdSchema, role: roleSchema, partyId: optionalPartyId })
  .refine(delegateHasParty, delegateNeedsParty);
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: userIdSchema, isDisabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

// Search parameters come from the address bar: an unusable one (repeated, too long) is as if absent.
export const findUsersSchema = z.object({
  query: z.string().trim().max(200).optional().catch(undefined),
  page: pageNumberSchema,
});
export type FindUsersInput = z.infer<typeof findUsersSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'passwordRequired' }).max(200, { error: 'tooLong' }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The sign-in page's search parameters: like any, an unusable one (repeated, too long) is as if absent. */
export const signInPageSchema = z.object({
  callbackUrl: z.string().max(2000).optional().catch(undefined),
  error: z.string().max(100).optional().catch(undefined),
  signedOut: z.string().max(10).optional().catch(undefined),
});
export type SignInPageInput = z.output<typeof signInPageSchema>;
