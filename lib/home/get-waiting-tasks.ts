import 'server-only';
import { listWaiting } from '@/db/queries/waiting';
import { appNow } from '../clock';
import { can, type Actor } from '../permissions';
import { isParticipant } from '../registrations/rules';
import type { OwnParty } from '../session';
import { waitingTasks, type WaitingTask } from './waiting-tasks';

/**
 * What waits for the actor on the home page: for a delegate or an observer, what their party (read
 * with the session) lets them do now, in one read. Staff and chairs have their queues on each
 * meeting's pages, and read nothing here.
 */
export async function getWaitingTasks({ actor, party, now = appNow() }: { actor: Actor; party: OwnParty | null; now?: Date }): Promise<WaitingTask[] | null> {
  if (!isParticipant(actor) || !party || party.id !== actor.partyId) return null;
  const ref = { partyId: party.id, kind: party.kind };
  const abilities = {
    register: !party.isRetired,
    amend: can(actor, 'statements:amend', { party: ref }),
    object: can(actor, 'statements:object', { party: ref }),
    comment: can(actor, 'reviews:comment', { party: ref }),
  };
  const reads = { registrations: abilities.register, statements: abilities.amend || abilities.object, reviews: abilities.comment };
  const sources = await listWaiting({ userId: actor.id, partyId: party.id, now, today: now.toISOString().slice(0, 10), reads });
  return waitingTasks(sources, abilities, now);
}
