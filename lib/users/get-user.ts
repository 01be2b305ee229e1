import 'server-only';
import { findUserById, type UserRecord } from '@/db/queries/users';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { assertCan, type Actor } from '../permissions';

// Staff open one account to review or change it.
export async function getUser({ actor, input }: { actor: Actor; input: { userId: string } }): Promise<UserRecord> {
  assertCan(actor, 'users:manage');
  const user = isId(input.userId) ? await findUserById(input.userId) : undefined;
  if (!user) throw new AppError('NOT_FOUND', 'notFound');
  return user;
}
