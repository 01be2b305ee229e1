import 'server-only';
import { listParties } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { assertCan, type Actor } from '../permissions';

// Staff see every party, member states, organizations and observers, the retired ones marked.
export async function findAllParties({ actor }: { actor: Actor }): Promise<Party[]> {
  assertCan(actor, 'parties:manage');
  return listParties();
}
