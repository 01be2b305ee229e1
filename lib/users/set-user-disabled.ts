import 'server-only';
import { db } from '@/db/client';
import { updateUser, type UserRecord } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertNotOwnAccount } from './rules';
import type { SetUserDisabledInput } from './schemas';

// Staff disable an account (its sessions end at their next request, and it cannot sign in) or enable it again.
export async function setUserDisabled({ actor, input }: { actor: Actor; input: SetUserDisabledInput }): Promise<UserRecord> {
  assertCan(actor, 'users:manage');
  assertNotOwnAccount(actor, input.userId);
  return db.transaction(async (tx) => {
    const user = await updateUser(input.userId, { isDisabled: input.isDisabled, endSessions: input.isDisabled }, tx);
    if (!user) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: input.isDisabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: user.id,
    });
    return user;
  });
}
