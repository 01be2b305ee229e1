import 'server-only';
import { listParties } from '@/db/queries/parties';
import { contributionTotalsByParty, contributionTotalsByYear, contributionYears, coreFundPosition, listContributions } from '@/db/queries/programme';
import { pageWindow, toPage } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import { programmeAbilities } from './abilities';
import type { FindContributionsInput } from './schemas';

// Contributions a page at a time, with the totals by year and by party and the core fund's
// position, each per currency (computed in SQL; currencies are never added together), and the
// years on record to filter by.
export async function findContributions({ actor, input }: { actor: Actor; input: FindContributionsInput }) {
  assertCan(actor, 'programme:read');
  const window = pageWindow(input.page);
  const filter = { year: input.year, partyCode: input.party };
  const [{ rows, total }, byYear, byParty, coreFund, parties, years] = await Promise.all([
    listContributions({ ...filter, limit: window.pageSize, offset: window.offset }),
    contributionTotalsByYear(filter),
    contributionTotalsByParty(filter),
    coreFundPosition(),
    listParties(),
    contributionYears(),
  ]);
  return { ...toPage(rows, total, window), byYear, byParty, coreFund, parties, years, can: programmeAbilities(actor) };
}
