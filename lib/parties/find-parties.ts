import 'server-only';
import { listParties } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { assertCan, type Actor } from '../permissions';

// The parties staff can assign an account to.
export async function findParties({ actor }: { actor: Actor }): Promise<Party[]> {
  assertCan(actor, 'users:manage');
  return listParties();
}
