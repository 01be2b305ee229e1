import 'server-only';
import { latestNumbersBySeries, listSeries } from '@/db/queries/meetings';
import { listParties } from '@/db/queries/parties';
import { listActiveUsersByRole } from '@/db/queries/users';
import { programmeName } from '../config';
import { assertCan, type Actor } from '../permissions';
import { timeZoneNames } from '../time-zones';

// The choices of the meeting form (series, host parties, chairs, time zones) and the next number of each series.
export async function getMeetingFormOptions({ actor }: { actor: Actor }) {
  assertCan(actor, 'meetings:manage');
  const [series, parties, chairs, latestNumbers] = await Promise.all([
    listSeries(),
    listParties(),
    listActiveUsersByRole('chair'),
    latestNumbersBySeries(),
  ]);
  const nextNumbers = Object.fromEntries(series.map((s) => [s.id, (latestNumbers.get(s.id) ?? 0) + 1]));
  return { series, parties, chairs, timeZones: timeZoneNames(), programmeName, nextNumbers };
}
