import 'server-only';
import { listParties } from '@/db/queries/parties';
import { listAreas, listProjectChoices, listReviewableMeetings } from '@/db/queries/programme';
import { assertCan, type Actor } from '../permissions';
import { projectReviewItems } from './agenda-links';

// What the project and contribution forms offer: active areas, parties and projects.
export async function getProgrammeFormOptions({ actor }: { actor: Actor }) {
  assertCan(actor, 'programme:manage');
  const [areas, parties, projects] = await Promise.all([listAreas(), listParties(), listProjectChoices()]);
  return {
    areas: areas.filter((a) => !a.retiredAt).map((a) => ({ id: a.id, name: a.name })),
    parties: parties.filter((p) => !p.retiredAt).map((p) => ({ id: p.id, code: p.code, name: p.name })),
    projects,
  };
}

// What the review form offers: the meetings still open to reviews, and the items of kind
// project_review on their agendas, which a review may be taken up under.
export async function getReviewFormOptions({ actor }: { actor: Actor }) {
  assertCan(actor, 'programme:manage');
  const meetings = await listReviewableMeetings();
  return { meetings, agendaItems: await projectReviewItems(meetings.map((m) => m.id)) };
}
