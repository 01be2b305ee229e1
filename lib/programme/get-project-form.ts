import 'server-only';
import { listParties } from '@/db/queries/parties';
import { findProjectDetail, listAreas, listProjectPartners } from '@/db/queries/programme';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { toProjectFormValues } from './form-values';

// A project's edit form: its values at the version it shows, and the areas and parties to choose from.
export async function getProjectForm({ actor, input }: { actor: Actor; input: { projectId: string } }) {
  assertCan(actor, 'programme:manage');
  if (!isId(input.projectId)) throw new AppError('NOT_FOUND', 'notFound');
  const [project, partners, areas, parties] = await Promise.all([
    findProjectDetail(input.projectId),
    listProjectPartners(input.projectId),
    listAreas(),
    listParties(),
  ]);
  if (!project) throw new AppError('NOT_FOUND', 'notFound');
  const partnerIds = partners.map((p) => p.id);
  // A retired area or party the project already names stays on offer: saving must not drop it unseen.
  const isNamed = (partyId: string) => partyId === project.leadPartyId || partnerIds.includes(partyId);
  return {
    project,
    values: toProjectFormValues(project, partnerIds),
    areas: areas.filter((a) => !a.retiredAt || a.id === project.areaId).map((a) => ({ id: a.id, name: a.name })),
    parties: parties.filter((p) => !p.retiredAt || isNamed(p.id)).map((p) => ({ id: p.id, code: p.code, name: p.name })),
  };
}
