import 'server-only';
import { listActiveParties } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';

/**
 * The parties staff can give an account: those not retired, and the current party of the account
 * being changed (`ofUserId`), so its form does not silently drop a party that was retired since.
 */
export async function findParties({ actor, input = {} }: { actor: Actor; input?: { ofUserId?: string } }): Promise<Party[]> {
  assertCan(actor, 'users:manage');
  return listActiveParties({ ofUserId: input.ofUserId && isId(input.ofUserId) ? input.ofUserId : undefined });
}
