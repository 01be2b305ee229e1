import { isMeetingFrozen } from '../meetings/lifecycle';
import type { MeetingStatus } from '../meetings/values';
import type { PartyKind } from '../parties/values';
import type { Role } from '../users/values';
import type { DelegationRole, RegistrationStatus } from './values';

/** The roles a party's people take: observers register as observers, everyone else in a member role. */
export function rolesForParty(kind: PartyKind): readonly DelegationRole[] {
  return kind === 'observer' ? ['observer'] : ['head', 'alternate', 'delegate', 'adviser'];
}

/**
 * Why a meeting takes no registration now, for the register page to say: it is over, it opens on a
 * day already set, or neither (not yet opened, or closed). Null while registration is open.
 */
export function notOpenReason(
  meeting: { status: MeetingStatus; registrationOpensAt: Date | null },
  isOpen: boolean,
  now: Date,
): 'over' | 'notYet' | 'closed' | null {
  if (isOpen) return null;
  if (isMeetingFrozen(meeting.status)) return 'over';
  return meeting.registrationOpensAt && meeting.registrationOpensAt > now ? 'notYet' : 'closed';
}

/**
 * Until when a registration may be edited: until the registration deadline when the meeting has one,
 * else while registration is open.
 */
export function isRegistrationEditable(
  meeting: { status: MeetingStatus; registrationClosesAt: Date | null },
  now: Date,
): boolean {
  if (meeting.status === 'concluded' || meeting.status === 'cancelled' || meeting.status === 'in_session') return false;
  if (meeting.registrationClosesAt) return now < meeting.registrationClosesAt;
  return meeting.status === 'registration_open';
}

const roleOrder: Record<DelegationRole, number> = { head: 0, alternate: 1, delegate: 2, adviser: 3, observer: 4 };

/** A delegation's members as lists show them: the head first, then by role, then by name. */
export function compareMembers(
  a: { delegationRole: DelegationRole; name: string },
  b: { delegationRole: DelegationRole; name: string },
): number {
  return roleOrder[a.delegationRole] - roleOrder[b.delegationRole] || a.name.localeCompare(b.name, 'en');
}

/** A party is represented at a meeting by a registration that still holds its place. */
export function isRepresented(statuses: readonly RegistrationStatus[]): boolean {
  return statuses.some((status) => status === 'pending' || status === 'approved');
}

/** Who registers themselves for a meeting: delegates and observers (staff and chairs take part otherwise). */
export function isParticipant(actor: { role: Role }): boolean {
  return actor.role === 'delegate' || actor.role === 'observer';
}

/** Whose delegations present credentials letters: member States' (the credentials report lists them alone). */
export function needsCredentials(partyKind: PartyKind): boolean {
  return partyKind === 'member_state';
}
