import type { PartyKind } from '../parties/values';
import type { DelegationRole } from '../registrations/values';

// The order of a list of participants, as the UN prints it: member states in English alphabetical
// order, then organizations, then observers; within a delegation its head first, then alternates,
// delegates, advisers and observers, each by name. One pure function, used by the page, the CSV,
// the PDF and the badges alike.

const partyKindRank: Record<PartyKind, number> = { member_state: 0, organization: 1, observer: 2 };
const roleRank: Record<DelegationRole, number> = { head: 0, alternate: 1, delegate: 2, adviser: 3, observer: 4 };

export type OrderableParticipant = {
  name: string;
  delegationRole: DelegationRole;
  partyId: string;
  partyName: string;
  partyKind: PartyKind;
};

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

export function compareParticipants(a: OrderableParticipant, b: OrderableParticipant): number {
  return (
    partyKindRank[a.partyKind] - partyKindRank[b.partyKind] ||
    collator.compare(a.partyName, b.partyName) ||
    // Two parties of one name (unlikely, but possible) stay apart.
    a.partyId.localeCompare(b.partyId) ||
    roleRank[a.delegationRole] - roleRank[b.delegationRole] ||
    collator.compare(a.name, b.name) ||
    a.name.localeCompare(b.name)
  );
}

export type PartyGroup<T extends OrderableParticipant> = {
  partyId: string;
  partyName: string;
  partyKind: PartyKind;
  participants: T[];
};

/** The participants in list order, grouped under their party. */
export function groupParticipantsByParty<T extends OrderableParticipant>(participants: readonly T[]): PartyGroup<T>[] {
  const groups: PartyGroup<T>[] = [];
  for (const participant of [...participants].sort(compareParticipants)) {
    const last = groups.at(-1);
    if (last && last.partyId === participant.partyId) last.participants.push(participant);
    else groups.push({ partyId: participant.partyId, partyName: participant.partyName, partyKind: participant.partyKind, participants: [participant] });
  }
  return groups;
}
