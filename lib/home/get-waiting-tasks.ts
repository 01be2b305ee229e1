import 'server-only';
import { listQueues, listWaiting, type Reach } from '@/db/queries/waiting';
import { appNow } from '../clock';
import { officeTimeZone } from '../config';
import { can, type Actor } from '../permissions';
import { isParticipant, needsCredentials, rolesForParty } from '../registrations/rules';
import type { OwnParty } from '../session';
import { zonedDate } from '../time-zones';
import { queueTasks, waitingTasks, type WaitingTask } from './waiting-tasks';

/** The home page shows this many tasks, the soonest; each part of the read fetches one more, so it knows if there are more. */
const shownTasks = 10;
const perPart = shownTasks + 1;

export type WaitingTasks = { tasks: WaitingTask[]; hasMore: boolean; isQueues: boolean };

const soonest = (tasks: WaitingTask[]) => ({ tasks: tasks.slice(0, shownTasks), hasMore: tasks.length > shownTasks });

/**
 * What waits for the actor on the home page, in one read: for a delegate or an observer, what their
 * party (read with the session) lets them do now; for the secretariat, its queues; for a chair, the
 * texts of the meetings they chair: amendments to decide, texts to finalize and to adopt.
 */
export async function getWaitingTasks({
  actor,
  party,
  now = appNow(),
}: {
  actor: Actor;
  party: OwnParty | null;
  now?: Date;
}): Promise<WaitingTasks | null> {
  if (isParticipant(actor)) {
    const tasks = await participantTasks(actor, party, now);
    return tasks && { ...soonest(tasks), isQueues: false };
  }
  const chaired = { chairUserId: actor.id };
  const unchaired = { chairUserId: null };
  // A meeting nobody chairs is reached only by grants over every meeting; a meeting the actor
  // chairs by those and by grants over chaired ones.
  const reach = (permission: 'statements:dispose' | 'statements:adopt'): Reach =>
    can(actor, permission, { meeting: unchaired }) ? 'every' : can(actor, permission, { meeting: chaired }) ? 'chaired' : null;
  const drafts = can(actor, 'statements:draft');
  const reads = {
    // The counts of registrations and credentials span every meeting, so only grants over every meeting read them.
    registrations: can(actor, 'registrations:moderate', { meeting: unchaired }),
    signUps: can(actor, 'users:manage'),
    credentials: can(actor, 'credentials:review'),
    amendments: reach('statements:dispose'),
    revisions: drafts,
    adoption: reach('statements:adopt'),
    publication: drafts,
    // Those who mark follow-ups done chase the overdue ones.
    followUps: can(actor, 'agenda:manage'),
  };
  if (!Object.values(reads).some(Boolean)) return null;
  return { ...soonest(queueTasks(await listQueues({ reads, chairUserId: actor.id, now, today: zonedDate(now, officeTimeZone), perPart }))), isQueues: true };
}

async function participantTasks(actor: Actor, party: OwnParty | null, now: Date): Promise<WaitingTask[] | null> {
  if (!party || party.id !== actor.partyId) return null;
  const ref = { partyId: party.id, kind: party.kind };
  const abilities = {
    register: !party.isRetired,
    // Member states present credentials; the read finds the delegations the actor heads.
    credentials: needsCredentials(party.kind),
    // Observers have no head; the read finds the delegations the actor heads.
    confirmMembers: rolesForParty(party.kind).includes('head'),
    amend: can(actor, 'statements:amend', { party: ref }),
    object: can(actor, 'statements:object', { party: ref }),
    comment: can(actor, 'reviews:comment', { party: ref }),
    followUps: can(actor, 'followUps:read', { party: ref }),
  };
  const reads = { registrations: abilities.register, credentials: abilities.credentials, members: abilities.confirmMembers, statements: abilities.amend || abilities.object, reviews: abilities.comment, followUps: abilities.followUps };
  const sources = await listWaiting({ userId: actor.id, partyId: party.id, now, today: now.toISOString().slice(0, 10), reads, perPart });
  // Follow-ups are kept in the office's zone, as their page reads them.
  const followUps = sources.followUps.map((followUp) => ({ ...followUp, timeZone: officeTimeZone }));
  return waitingTasks({ ...sources, followUps }, abilities, now);
}
