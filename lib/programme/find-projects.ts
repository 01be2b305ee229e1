import 'server-only';
import { listParties } from '@/db/queries/parties';
import { listAreas, listProjects } from '@/db/queries/programme';
import { pageWindow, toPage } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import { programmeAbilities } from './abilities';
import type { FindProjectsInput } from './schemas';

// The projects list: filtered by area, status and party, searchable, a page at a time.
export async function findProjects({ actor, input }: { actor: Actor; input: FindProjectsInput }) {
  assertCan(actor, 'programme:read');
  const window = pageWindow(input.page);
  const [{ rows, total }, areas, parties] = await Promise.all([
    listProjects({ query: input.q, areaCode: input.area, status: input.status, partyCode: input.party, limit: window.pageSize, offset: window.offset }),
    listAreas(),
    listParties(),
  ]);
  return { ...toPage(rows, total, window), areas, parties, can: programmeAbilities(actor) };
}
