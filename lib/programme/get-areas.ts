import 'server-only';
import { listAreas } from '@/db/queries/programme';
import { assertCan, type Actor } from '../permissions';
import { programmeAbilities } from './abilities';

// The programme areas, active first, and whether the reader may add or retire one.
export async function getAreas({ actor }: { actor: Actor }) {
  assertCan(actor, 'programme:read');
  return { areas: await listAreas(), can: programmeAbilities(actor) };
}
