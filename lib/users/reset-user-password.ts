import 'server-only';
import { db } from '@/db/client';
import { findUserById, updateUser } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { generatePassword, hashPassword } from '../password';
import { assertCan, type Actor } from '../permissions';
import { assertNotOwnAccount } from './rules';
import type { ResetUserPasswordInput } from './schemas';

// Staff give someone who lost their password a temporary one, shown once to pass on. The person's
// sessions end, and at their next sign-in they must choose a new password before anything else.
export async function resetUserPassword({
  actor,
  input,
}: {
  actor: Actor;
  input: ResetUserPasswordInput;
}): Promise<{ temporaryPassword: string }> {
  assertCan(actor, 'users:manage');
  // Staff change their own password on the account page, which asks for the current one.
  assertNotOwnAccount(actor, input.userId);
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    const before = await findUserById(input.userId, tx);
    if (!before) throw new AppError('NOT_FOUND', 'notFound');
    const user = await updateUser(input.userId, { passwordHash, mustChangePassword: true, endSessions: true }, tx);
    if (!user) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      change: { fields: changedFields(before, user, ['mustChangePassword']) },
    });
    return { temporaryPassword };
  });
}
