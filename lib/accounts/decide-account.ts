import 'server-only';
import type { Tx } from '@/db/client';
import { decidePendingAccount, type AccountDecision } from '@/db/queries/accounts';
import { findUserById } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { assertAccountTransition } from './lifecycle';

/**
 * Confirms or refuses a signed-up account in the caller's transaction, guarded in SQL so that of two
 * staff deciding at once only the first decides; the second is told it was decided already. Audited.
 */
export async function decideAccount(tx: Tx, actor: Actor, userId: string, decision: Omit<AccountDecision, 'decidedByUserId'>) {
  const user = await decidePendingAccount(userId, { ...decision, decidedByUserId: actor.id }, tx);
  if (!user) {
    const current = await findUserById(userId, tx);
    if (!current) throw new AppError('NOT_FOUND', 'notFound');
    assertAccountTransition(current.status, decision.status);
    throw new AppError('INVALID_STATE', 'accountAlreadyDecided');
  }
  await recordAudit(tx, actor, {
    action: decision.status === 'active' ? 'user.confirmed' : 'user.refused',
    entityType: 'user',
    entityId: user.id,
    // `accountStatus`, not `status`: the log names a meeting's status `status`.
    change: { fields: { accountStatus: { before: 'pending', after: decision.status } }, ...(decision.reason && { reason: decision.reason }) },
  });
  return user;
}
