import 'server-only';
import { findUserCredentialsByEmail } from '@/db/queries/users';
import { verifyDecoy, verifyPassword } from '../password';
import type { Actor } from '../permissions';
import type { SignInInput } from './schemas';
import { toActor } from './to-actor';

// Signs a person in: the actor for a right email and password of an active account, else null,
// without saying which of the three was wrong.
export async function authenticateUser({ input }: { input: SignInInput }): Promise<Actor | null> {
  const user = await findUserCredentialsByEmail(input.email);
  if (!user) return verifyDecoy(input.password).then(() => null);
  const isValid = await verifyPassword(user.passwordHash, input.password);
  if (!isValid || user.isDisabled) return null;
  return toActor(user);
}
