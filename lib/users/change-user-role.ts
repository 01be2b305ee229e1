import 'server-only';
import { db } from '@/db/client';
import { findUserById, updateUser, type UserRecord } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { requireActiveParty } from '../parties/active-party';
import { assertCan, type Actor } from '../permissions';
import { assertNotOwnAccount } from './rules';
import type { ChangeUserRoleInput } from './schemas';

// Staff change what an account may do: its role, and the party it belongs to. The person's sessions
// end, so they sign in again under the new role.
export async function changeUserRole({ actor, input }: { actor: Actor; input: ChangeUserRoleInput }): Promise<UserRecord> {
  assertCan(actor, 'users:manage');
  assertNotOwnAccount(actor, input.userId);
  return db.transaction(async (tx) => {
    const before = await findUserById(input.userId, tx);
    if (!before) throw new AppError('NOT_FOUND', 'notFound');
    // An account may stay in a party retired since; it may not join one.
    if (input.partyId && input.partyId !== before.partyId) await requireActiveParty(tx, input.partyId);
    const fields = changedFields(before, { role: input.role, partyId: input.partyId }, ['role', 'partyId']);
    const isChanged = Object.keys(fields).length > 0;
    const user = await updateUser(input.userId, { role: input.role, partyId: input.partyId, endSessions: isChanged }, tx);
    if (!user) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, { action: 'user.role_changed', entityType: 'user', entityId: user.id, change: { fields } });
    return user;
  });
}
