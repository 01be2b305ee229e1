import 'server-only';
import { findPartyById } from '@/db/queries/parties';
import { listReviewsAwaitingComment } from '@/db/queries/programme';
import { listMeetingsAwaitingRegistration } from '@/db/queries/registrations';
import { listStatementsBeforeDelegations } from '@/db/queries/statements';
import { appNow } from '../clock';
import { can, type Actor } from '../permissions';
import { isParticipant } from '../registrations/rules';
import { waitingTasks, type WaitingTask } from './waiting-tasks';

/**
 * What waits for the actor on the home page: for a delegate or an observer, what their party lets
 * them do now. Staff and chairs have their own queues on each meeting's pages, and read nothing here.
 */
export async function getWaitingTasks({ actor, now = appNow() }: { actor: Actor; now?: Date }): Promise<WaitingTask[] | null> {
  if (!isParticipant(actor) || !actor.partyId) return null;
  const party = await findPartyById(actor.partyId);
  if (!party) return null;
  const ref = { partyId: party.id, kind: party.kind };
  const abilities = {
    register: party.retiredAt === null,
    amend: can(actor, 'statements:amend', { party: ref }),
    object: can(actor, 'statements:object', { party: ref }),
    comment: can(actor, 'reviews:comment', { party: ref }),
  };
  const [meetings, statements, reviews] = await Promise.all([
    abilities.register ? listMeetingsAwaitingRegistration(actor.id, now) : [],
    abilities.amend || abilities.object ? listStatementsBeforeDelegations(now) : [],
    abilities.comment ? listReviewsAwaitingComment(party.id, now.toISOString().slice(0, 10)) : [],
  ]);
  return waitingTasks({ meetings, statements, reviews }, abilities, now);
}
