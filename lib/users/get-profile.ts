import 'server-only';
import { findPartyById } from '@/db/queries/parties';
import type { Actor } from '../permissions';

// What the app shell shows of the signed-in person.
export async function getProfile({ actor }: { actor: Actor }) {
  const party = actor.partyId ? await findPartyById(actor.partyId) : undefined;
  return { name: actor.name, email: actor.email, role: actor.role, partyName: party?.name ?? null };
}
