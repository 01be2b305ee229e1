import 'server-only';
import { listFollowUps, listMeetingsWithFollowUps } from '@/db/queries/agenda';
import { listParties } from '@/db/queries/parties';
import { AppError } from '../errors';
import { pageWindow, toPage } from '../pagination';
import { scopeOf, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { officeTimeZone } from '../config';
import type { FindFollowUpsInput } from './schemas';

// The meeting filter offers the latest meetings with follow-ups: older ones' follow-ups are on their
// agendas, and a list of every meeting of thirty years would be no filter to choose from.
const meetingChoices = 20;

// The follow-ups page: action items of every meeting's outcomes, filtered and paginated. A delegate
// sees their own party's only, whatever the address asks for.
export async function findFollowUps({ actor, input, now = new Date() }: { actor: Actor; input: FindFollowUpsInput; now?: Date }) {
  const scope = scopeOf(actor, 'followUps:read');
  if (scope !== 'all' && !(scope === 'ownParty' && actor.partyId)) throw new AppError('FORBIDDEN', 'forbidden');
  const ownerPartyId = scope === 'all' ? input.party : actor.partyId!;
  const window = pageWindow(input.page);
  const today = zonedDate(now, officeTimeZone);
  const [{ rows, total }, parties, meetings] = await Promise.all([
    listFollowUps({
      status: input.status === 'all' ? undefined : input.status,
      overdueOn: input.overdue ? today : undefined,
      ownerPartyId,
      meetingId: input.meeting,
      limit: window.pageSize,
      offset: window.offset,
    }),
    scope === 'all' ? listParties() : Promise.resolve([]),
    listMeetingsWithFollowUps(meetingChoices, input.meeting),
  ]);
  return {
    page: toPage(
      rows.map((row) => ({ ...row, isOverdue: row.status === 'open' && row.dueDate !== null && row.dueDate < today })),
      total,
      window,
    ),
    parties: parties.map(({ id, name }) => ({ id, name })),
    meetings,
    isOwnPartyOnly: scope !== 'all',
    filters: input,
  };
}
