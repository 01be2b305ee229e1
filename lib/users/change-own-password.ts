import 'server-only';
import { db } from '@/db/client';
import { findUserCredentialsById, updateUser, type UserRecord } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { hashPassword, verifyPassword } from '../password';
import type { Actor } from '../permissions';
import { isOwnEmail } from './password-rules';
import type { ChangeOwnPasswordInput } from './schemas';

// A person changes their own password, or replaces the temporary one staff gave them, typing the
// current one first. Every session of the account ends; the caller renews the one it runs in.
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: ChangeOwnPasswordInput }): Promise<UserRecord> {
  // No permission to check: everyone may change their own password, and the actor is the account.
  const before = await findUserCredentialsById(actor.id);
  if (!before) throw new AppError('NOT_FOUND', 'notFound');
  if (!(await verifyPassword(before.passwordHash, input.currentPassword))) {
    throw new AppError('INVALID_STATE', 'currentPasswordWrong', { currentPassword: 'currentPasswordWrong' });
  }
  if (isOwnEmail(input.newPassword, before.email)) {
    throw new AppError('INVALID_STATE', 'passwordIsEmail', { newPassword: 'passwordIsEmail' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const user = await updateUser(actor.id, { passwordHash, mustChangePassword: false, endSessions: true }, tx);
    if (!user) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      change: { fields: changedFields(before, user, ['mustChangePassword']) },
    });
    return user;
  });
}
