import { z } from 'zod';
import { maxPasswordLength } from './values';

// The sign-in form's schemas, apart from the password rules (and their list of common passwords),
// which the sign-in page does not need in the browser.

export const emailSchema = z
  .string({ error: 'emailInvalid' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'emailInvalid' }).max(254, { error: 'tooLong' }));

/** A password typed to prove who one is: checked against the stored hash, not against the rules. */
export const currentPasswordSchema = z
  .string({ error: 'passwordRequired' })
  .min(1, { error: 'passwordRequired' })
  .max(maxPasswordLength, { error: 'tooLong' });

export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The sign-in page's search parameters: like any, an unusable one (repeated, too long) is as if absent. */
export const signInPageSchema = z.object({
  callbackUrl: z.string().max(2000).optional().catch(undefined),
  error: z.string().max(100).optional().catch(undefined),
  signedOut: z.string().max(10).optional().catch(undefined),
});
export type SignInPageInput = z.output<typeof signInPageSchema>;
