import 'server-only';
import { findPartyById } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';

/** The member state a delegate comments for on reviews; refused for any other role or kind of party. */
export async function commentingPartyOf(actor: Actor): Promise<Party> {
  const party = actor.partyId ? await findPartyById(actor.partyId) : undefined;
  assertCan(actor, 'reviews:comment', { party: { partyId: party?.id ?? '', kind: party?.kind ?? '' } });
  if (!party) throw new AppError('FORBIDDEN', 'forbidden');
  return party;
}
