import 'server-only';
import { listParties } from '@/db/queries/parties';
import { listAreas, listProjectChoices, listReviewableMeetings } from '@/db/queries/programme';
import { assertCan, type Actor } from '../permissions';

// What the programme's forms offer: active areas, parties, projects and the meetings still open to reviews.
export async function getProgrammeFormOptions({ actor }: { actor: Actor }) {
  assertCan(actor, 'programme:manage');
  const [areas, parties, projects, meetings] = await Promise.all([listAreas(), listParties(), listProjectChoices(), listReviewableMeetings()]);
  return {
    areas: areas.filter((a) => !a.retiredAt).map((a) => ({ id: a.id, name: a.name })),
    parties: parties.filter((p) => !p.retiredAt).map((p) => ({ id: p.id, code: p.code, name: p.name })),
    projects,
    meetings,
  };
}
