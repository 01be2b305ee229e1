import type { MeetingRef } from '../permissions';
import { can, type Actor } from '../permissions';

// The whole list of a meeting's participants is every party's registrations: the secretariat's,
// and the meeting's chair's. A party id no account has stands for "every party", so a delegate,
// who may read their own party's registrations only, is not given the whole list.
const everyParty = { partyId: '' };

export function canReadParticipantList(actor: Actor, meeting: MeetingRef): boolean {
  return can(actor, 'registrations:read', { meeting, party: everyParty });
}

/** What the actor may do on a meeting's participants pages. */
export function participantAbilities(actor: Actor, meeting: MeetingRef) {
  return {
    read: canReadParticipantList(actor, meeting),
    issue: can(actor, 'meetings:manage'),
    badges: can(actor, 'participants:checkIn'),
    checkIn: can(actor, 'participants:checkIn'),
  };
}
