import { z } from 'zod';
import { maxPasswordLength } from './values';

// The sign-in form's rules, apart from the password rules (and their list of common passwords), which
// the sign-in page does not need in the browser. The server's schemas reuse these pieces, so an email
// means the same everywhere.

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
