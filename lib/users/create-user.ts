import 'server-only';
import { db } from '@/db/client';
import { insertUser, type UserRecord } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { AppError, isUniqueViolation } from '../errors';
import { requireActiveParty } from '../parties/active-party';
import { hashPassword } from '../password';
import { assertCan, type Actor } from '../permissions';
import type { CreateUserInput } from './schemas';

// Staff open an account for a colleague, a delegate or an observer, who can then sign in.
export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }): Promise<UserRecord> {
  assertCan(actor, 'users:manage');
  return insertAccount(actor, input, { isPasswordTemporary: true });
}

/**
 * The account and its audit event, in one transaction. `actor` is null for the operator at the
 * server's console (lib/users/create-user-at-console.ts), who acts without an account. A password
 * someone other than its owner has seen (staff chose it, or the console printed it) is temporary: as
 * after a reset, its owner must replace it at their first sign-in.
 */
export async function insertAccount(
  actor: Actor | null,
  input: CreateUserInput,
  { isPasswordTemporary }: { isPasswordTemporary: boolean },
): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      // A retired party takes no new accounts.
      if (input.partyId) await requireActiveParty(tx, input.partyId);
      const user = await insertUser(
        {
          name: input.name,
          email: input.email,
          role: input.role,
          partyId: input.partyId,
          passwordHash,
          mustChangePassword: isPasswordTemporary,
        },
        tx,
      );
      await recordAudit(tx, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        change: { name: user.name, email: user.email, role: user.role, partyId: user.partyId },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) throw new AppError('CONFLICT', 'emailTaken', { email: 'emailTaken' });
    throw error;
  }
}
