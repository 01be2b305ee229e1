import { AppError } from './errors';
import type { Role } from './users/values';

export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  partyId: string | null;
};

/**
 * How far a grant reaches: `all` records, only meetings the actor chairs, or only records of the
 * actor's own party. Chairing is per meeting, so a chair's powers never reach another meeting.
 */
export type Scope = 'all' | 'chairedMeeting' | 'ownParty' | 'delegationHead' | 'ownMemberState';

/** A meeting as permissions see it: who chairs it. */
export type MeetingRef = { chairUserId: string | null };
/** A party as permissions see it. */
export type PartyRef = { partyId: string };
/** A delegation as permissions see it: whose party, and whose account heads it (if anyone's). */
export type DelegationRef = { partyId: string; headUserId: string | null };
/** The actor's own party as permissions see it when only member states may act: its kind too. */
export type KindedPartyRef = { partyId: string; kind: string };

/**
 * What each permission is checked against. A permission that can be scoped names its record, so a
 * call cannot leave out the meeting or the party it is about (registrations say "this meeting, that
 * party" and nothing is guessed).
 */
type ResourceOf = {
  'users:manage': undefined;
  'audit:read': undefined;
  'meetings:read': undefined;
  'meetings:manage': undefined;
  'meetings:readRestricted': { meeting: MeetingRef };
  /** Running a meeting on the day: opening its session and concluding it. */
  'meetings:conduct': { meeting: MeetingRef };
  'delegations:register': { meeting: MeetingRef; party: PartyRef };
  /** Reading a meeting's registrations: all of them, or the actor's own party's. */
  'registrations:read': { meeting: MeetingRef; party: PartyRef };
  /** Approving, rejecting and putting back registrations to a meeting. */
  'registrations:moderate': { meeting: MeetingRef };
  /** What a head of delegation does for it: designate the head, confirm members, submit credentials. */
  'delegations:lead': { delegation: DelegationRef };
  'credentials:review': undefined;
  'participants:checkIn': undefined;
  /** Writing to a meeting's registered participants by email (notices). */
  'participants:notify': undefined;
  'parties:manage': undefined;
  /** The outbox page: the messages the app sent or will send. */
  'email:read': undefined;
  /** Building a meeting's agenda, issuing its papers, following up its outcomes. */
  'agenda:manage': undefined;
  /** At the meeting: adopting the agenda, taking items up, recording their outcomes. */
  'agenda:conduct': { meeting: MeetingRef };
  /** Asking for the floor at the meeting, for the actor's own delegation. */
  'floor:request': { party: PartyRef };
  /** Running the speakers' list: giving the floor, closing a speaker, striking a request off. */
  'floor:manage': { meeting: MeetingRef };
  /** The follow-ups a party owns (the secretariat's too, for those with `all`). */
  'followUps:read': { party: PartyRef };
  /** Reading the programme: areas, projects, reviews, contributions, the dashboard. */
  'programme:read': undefined;
  /** Areas, projects, reviews and contributions: the secretariat's. */
  'programme:manage': undefined;
  /** A delegation's comment on a project review: member states only, each for itself. */
  'reviews:comment': { party: KindedPartyRef };
  /** Recording the meeting's decision on a project review. */
  'reviews:decide': { meeting: MeetingRef };
  /** Reading a meeting's statements before they are circulated. */
  'statements:readDrafts': { meeting: MeetingRef };
  /** Reading statements circulated for negotiation, with their amendments. */
  'statements:readCirculated': undefined;
  /** Writing a statement's text, circulating it, producing revisions, publishing it: the secretariat's. */
  'statements:draft': undefined;
  /** Proposing, co-sponsoring and withdrawing amendments: member states, each for itself. */
  'statements:amend': { party: KindedPartyRef };
  /** Accepting or rejecting amendments. */
  'statements:dispose': { meeting: MeetingRef };
  /** Finalizing the text and adopting it (by consensus, or by starting a silence procedure): the meeting's chair only. */
  'statements:adopt': { meeting: MeetingRef };
  /** Objecting during a silence procedure: member states, each for itself. */
  'statements:object': { party: KindedPartyRef };
  /** A reservation or explanation of position on an adopted text, for a member state. */
  'statements:recordPosition': { party: KindedPartyRef };
  /** Opening a meeting's evaluation to its participants, and closing it. */
  'evaluations:manage': undefined;
  /** Answering a meeting's evaluation: for the meeting's approved participants, which the use-case checks. */
  'evaluations:answer': undefined;
  /** Reading a meeting's evaluation results (anonymous). */
  'evaluations:readResults': { meeting: MeetingRef };
};
export type Permission = keyof ResourceOf;
export type Resource<P extends Permission> = ResourceOf[P];
/** The permissions that are about no record in particular. */
export type UnscopedPermission = { [P in Permission]: Resource<P> extends undefined ? P : never }[Permission];

export const permissionNames = [
  'users:manage',
  'audit:read',
  'meetings:read',
  'meetings:manage',
  'meetings:readRestricted',
  'meetings:conduct',
  'delegations:register',
  'registrations:read',
  'registrations:moderate',
  'delegations:lead',
  'credentials:review',
  'participants:checkIn',
  'participants:notify',
  'parties:manage',
  'email:read',
  'agenda:manage',
  'agenda:conduct',
  'floor:request',
  'floor:manage',
  'followUps:read',
  'programme:read',
  'programme:manage',
  'reviews:comment',
  'reviews:decide',
  'statements:readDrafts',
  'statements:readCirculated',
  'statements:draft',
  'statements:amend',
  'statements:dispose',
  'statements:adopt',
  'statements:object',
  'statements:recordPosition',
  'evaluations:manage',
  'evaluations:answer',
  'evaluations:readResults',
] as const satisfies readonly Permission[];

/** The one table of who may do what. Anything not listed is refused. */
export const grants: Record<Role, Partial<Record<Permission, Scope>>> = {
  secretariat: {
    'users:manage': 'all',
    'audit:read': 'all',
    'meetings:read': 'all',
    'meetings:manage': 'all',
    'meetings:readRestricted': 'all',
    'meetings:conduct': 'all',
    'delegations:register': 'all',
    'registrations:read': 'all',
    'registrations:moderate': 'all',
    'delegations:lead': 'all',
    'credentials:review': 'all',
    'participants:checkIn': 'all',
    'participants:notify': 'all',
    'parties:manage': 'all',
    'email:read': 'all',
    'agenda:manage': 'all',
    'agenda:conduct': 'all',
    'floor:manage': 'all',
    'followUps:read': 'all',
    'programme:read': 'all',
    'programme:manage': 'all',
    'reviews:decide': 'all',
    'statements:readDrafts': 'all',
    'statements:readCirculated': 'all',
    'statements:draft': 'all',
    'statements:dispose': 'all',
    'statements:recordPosition': 'all',
    'evaluations:manage': 'all',
    'evaluations:readResults': 'all',
  },
  chair: {
    'meetings:read': 'all',
    'meetings:readRestricted': 'chairedMeeting',
    'meetings:conduct': 'chairedMeeting',
    'registrations:read': 'chairedMeeting',
    'agenda:conduct': 'chairedMeeting',
    'floor:manage': 'chairedMeeting',
    'followUps:read': 'all',
    'programme:read': 'all',
    'reviews:decide': 'chairedMeeting',
    'statements:readDrafts': 'chairedMeeting',
    'statements:readCirculated': 'all',
    'statements:dispose': 'chairedMeeting',
    'statements:adopt': 'chairedMeeting',
    'evaluations:answer': 'all',
    'evaluations:readResults': 'chairedMeeting',
  },
  delegate: {
    'meetings:read': 'all',
    'delegations:register': 'ownParty',
    'registrations:read': 'ownParty',
    'delegations:lead': 'delegationHead',
    'floor:request': 'ownParty',
    'followUps:read': 'ownParty',
    'programme:read': 'all',
    'reviews:comment': 'ownMemberState',
    'statements:readCirculated': 'all',
    'statements:amend': 'ownMemberState',
    'statements:object': 'ownMemberState',
    'statements:recordPosition': 'ownMemberState',
    'evaluations:answer': 'all',
  },
  observer: {
    'meetings:read': 'all',
    'delegations:register': 'ownParty',
    'registrations:read': 'ownParty',
    'floor:request': 'ownParty',
    'programme:read': 'all',
    'evaluations:answer': 'all',
  },
};

// Permissions without a record take no third argument; the others require theirs.
type ResourceArgs<P extends Permission> = Resource<P> extends undefined ? [] : [resource: Resource<P>];

export function can<P extends Permission>(actor: Actor, permission: P, ...[resource]: ResourceArgs<P>): boolean {
  const scope = grants[actor.role][permission];
  const target = resource as { meeting?: MeetingRef; party?: PartyRef & { kind?: string }; delegation?: DelegationRef } | undefined;
  switch (scope) {
    case 'all':
      return true;
    case 'chairedMeeting':
      return target?.meeting?.chairUserId != null && target.meeting.chairUserId === actor.id;
    case 'ownParty':
      return actor.partyId != null && target?.party?.partyId === actor.partyId;
    case 'delegationHead':
      return (
        actor.partyId != null &&
        target?.delegation?.partyId === actor.partyId &&
        target.delegation.headUserId != null &&
        target.delegation.headUserId === actor.id
      );
    case 'ownMemberState':
      return actor.partyId != null && target?.party?.partyId === actor.partyId && target.party.kind === 'member_state';
    default:
      return false;
  }
}

export function assertCan<P extends Permission>(actor: Actor, permission: P, ...resource: ResourceArgs<P>): void {
  if (!can(actor, permission, ...resource)) throw new AppError('FORBIDDEN', 'forbidden');
}

/** How far the actor's grant of a permission reaches, for lists that filter by it (null: not at all). */
export function scopeOf(actor: Actor, permission: Permission): Scope | null {
  return grants[actor.role][permission] ?? null;
}
