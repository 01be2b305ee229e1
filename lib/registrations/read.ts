import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import type { MeetingDetail } from '@/db/queries/meetings';
import {
  countRegistrations,
  findCredentialsLetter,
  findDelegation,
  findDelegationOfParty,
  findHeadRegistration,
  findRegistrationOfPerson,
  listCredentialsLetters,
  listDelegationMembers,
  listDelegations,
  listMemberStateCredentials,
  listRegistrationQueue,
} from '@/db/queries/registrations';
import { parties, users } from '@/db/schema';
import { AppError } from '../errors';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { isMeetingFrozen, isRegistrationOpen } from '../meetings/lifecycle';
import { pageWindow, toPage } from '../pagination';
import { assertCan, can, type Actor } from '../permissions';
import { isId } from '../schemas';
import { credentialsTransitions, isActiveRegistration, stayWindow } from './lifecycle';
import { compareMembers, isParticipant, isRegistrationEditable, notOpenReason, rolesForParty } from './rules';
import type { RegistrationQueueParams } from './schemas';
import { credentialsReviews } from './schemas';
import { listCheckInDays } from '@/db/queries/participants';
import { canReadParticipationLetter, participationLetterKind, participationLetterRefusal } from '../participants/participation-letter';

/** What an actor may do about a meeting's participation: the meeting page and the register page render from it. */
export function participationAbilities(actor: Actor, meeting: MeetingDetail, now: Date) {
  const ownParty = actor.partyId && isParticipant(actor) ? { partyId: actor.partyId } : null;
  return {
    /** Registration is open and the actor's party may register. */
    register: isRegistrationOpen(meeting, now) && ownParty !== null && can(actor, 'delegations:register', { meeting, party: ownParty }),
    moderate: can(actor, 'registrations:moderate', { meeting }),
    reviewCredentials: can(actor, 'credentials:review'),
    /** Sees a registration page of their own (their registration, their delegation). */
    haveOwnRegistration: ownParty !== null && can(actor, 'delegations:register', { meeting, party: ownParty }),
  };
}
export type ParticipationAbilities = ReturnType<typeof participationAbilities>;

// The meeting page's Participation panel: counts per party and status (all of them for staff and the
// chair, the actor's party's for a delegate), what the actor may do, and the status of their own registration.
export async function getParticipation({ actor, meeting, now = new Date() }: { actor: Actor; meeting: MeetingDetail; now?: Date }) {
  const can_ = participationAbilities(actor, meeting, now);
  const readsAll = can(actor, 'registrations:moderate', { meeting }) || (meeting.chairUserId !== null && meeting.chairUserId === actor.id);
  const readsOwn = actor.partyId !== null && can(actor, 'registrations:read', { meeting, party: { partyId: actor.partyId } });
  const [counts, own] = await Promise.all([
    readsAll ? countRegistrations(meeting.id) : readsOwn ? countRegistrations(meeting.id, { partyId: actor.partyId! }) : [],
    can_.haveOwnRegistration ? findRegistrationOfPerson(meeting.id, { userId: actor.id, email: actor.email }) : undefined,
  ]);
  // A withdrawn registration is as none: the way in is registering again, while registration is open.
  const ownStatus = own && own.status !== 'cancelled' ? own.status : null;
  return { counts, can: can_, ownStatus };
}

// The register page: the meeting, the window, the actor's registration (if any) and their delegation.
export async function getRegistrationPage({ actor, input, now = new Date() }: { actor: Actor; input: { meetingId: string }; now?: Date }) {
  assertCan(actor, 'meetings:read');
  const meeting = await findMeetingOrNotFound(input.meetingId);
  if (!actor.partyId || !isParticipant(actor)) throw new AppError('FORBIDDEN', 'registerOwnPartyOnly');
  assertCan(actor, 'delegations:register', { meeting, party: { partyId: actor.partyId } });
  const [[party], registration, delegation, [account]] = await Promise.all([
    db.select().from(parties).where(eq(parties.id, actor.partyId)),
    findRegistrationOfPerson(meeting.id, { userId: actor.id, email: actor.email }),
    findDelegationOfParty(meeting.id, actor.partyId),
    db.select({ position: users.position }).from(users).where(eq(users.id, actor.id)),
  ]);
  if (!party) throw new AppError('NOT_FOUND', 'notFound');
  const head = delegation ? await findHeadRegistration(delegation.id) : undefined;
  const isOpen = isRegistrationOpen(meeting, now);
  // A certificate of attendance names the days checked in: read only once the meeting is concluded.
  const letterKind = participationLetterKind(meeting);
  const attendedDays = registration && letterKind === 'attendance' ? ((await listCheckInDays([registration.id])).get(registration.id) ?? []) : [];
  const isActive = registration ? isActiveRegistration(registration.status) : false;
  const isHead = !!delegation && can(actor, 'delegations:lead', { delegation: { partyId: party.id, headUserId: head?.userId ?? null } }) && head?.userId === actor.id;
  return {
    meeting,
    party,
    registration: registration ?? null,
    delegation: delegation ?? null,
    hasHead: !!head,
    window: stayWindow(meeting),
    roles: rolesForParty(party.kind),
    // What the form starts with: what a withdrawn registration said, else the position the account gives.
    suggested: { position: registration?.position ?? account?.position ?? '', organization: registration?.organization ?? '' },
    isOpen,
    notOpenBecause: notOpenReason(meeting, isOpen, now),
    can: {
      register: isOpen && !party.retiredAt && (!registration || registration.status === 'cancelled'),
      edit: isActive && isRegistrationEditable(meeting, now),
      withdraw: isActive && !isMeetingFrozen(meeting.status),
      registerMembers: isOpen && isHead,
      /** Download the letter confirming their participation (for a visa), or their certificate of attendance. */
      participationLetter: registration !== undefined && participationLetterRefusal(registration, meeting, attendedDays) === null,
    },
    letterKind,
  };
}

// The secretariat's moderation queue of a meeting, filtered by party and status, a page at a time.
export async function findRegistrationQueue({ actor, input }: { actor: Actor; input: { meetingId: string; params: RegistrationQueueParams } }) {
  const meeting = await findMeetingOrNotFound(input.meetingId);
  assertCan(actor, 'registrations:moderate', { meeting });
  const window = pageWindow(input.params.page);
  const [{ rows, total }, counts] = await Promise.all([
    listRegistrationQueue(meeting.id, { partyId: input.params.party, status: input.params.status, limit: window.pageSize, offset: window.offset }),
    countRegistrations(meeting.id),
  ]);
  const partyOptions = [...new Map(counts.map((c) => [c.partyId, c.partyName])).entries()].map(([value, label]) => ({ value, label }));
  return { meeting, page: toPage(rows, total, window), partyOptions };
}

// Every delegation of a meeting, for the secretariat.
export async function getDelegations({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  const meeting = await findMeetingOrNotFound(input.meetingId);
  assertCan(actor, 'registrations:moderate', { meeting });
  return { meeting, delegations: await listDelegations(meeting.id) };
}

// One delegation: the secretariat, the meeting's chair and its own party's people see it; its head leads it.
export async function getDelegation({ actor, input }: { actor: Actor; input: { meetingId: string; delegationId: string } }) {
  if (!isId(input.delegationId)) throw new AppError('NOT_FOUND', 'notFound');
  const [meeting, delegation] = await Promise.all([findMeetingOrNotFound(input.meetingId), findDelegation(input.delegationId)]);
  if (!delegation || delegation.meetingId !== meeting.id) throw new AppError('NOT_FOUND', 'notFound');
  // Another party's delegation does not exist for a delegate.
  if (!can(actor, 'registrations:read', { meeting, party: { partyId: delegation.partyId } })) throw new AppError('NOT_FOUND', 'notFound');
  const [members, letters] = await Promise.all([listDelegationMembers(delegation.id), listCredentialsLetters(delegation.id)]);
  const head = members.find((m) => m.delegationRole === 'head' && isActiveRegistration(m.status));
  const leads = can(actor, 'delegations:lead', { delegation: { partyId: delegation.partyId, headUserId: head?.userId ?? null } });
  const reviews = can(actor, 'credentials:review');
  const isStaff = can(actor, 'registrations:moderate', { meeting });
  const letterKind = participationLetterKind(meeting);
  const attendance = letterKind === 'attendance' ? await listCheckInDays(members.map((m) => m.id)) : new Map<string, string[]>();
  const hasLetter = (member: (typeof members)[number]) =>
    canReadParticipationLetter(actor, { meeting, registration: member, delegation, headUserId: head?.userId ?? null }) &&
    participationLetterRefusal(member, meeting, attendance.get(member.id) ?? []) === null;
  return {
    meeting,
    delegation,
    letterKind,
    // Each with whether the reader may download the letter confirming that member's participation.
    members: members
      .filter((m) => isActiveRegistration(m.status))
      .sort(compareMembers)
      .map((member) => ({ ...member, hasLetter: hasLetter(member) })),
    formerMembers: members.filter((m) => !isActiveRegistration(m.status)).sort(compareMembers),
    // Letters are for staff and the head only.
    letters: leads || reviews ? letters : [],
    can: {
      designateHead: leads && delegation.partyKind !== 'observer',
      confirmMembers: leads,
      uploadCredentials: leads && credentialsTransitions[delegation.credentialsStatus].includes('submitted') && meeting.status !== 'cancelled',
      reviewCredentials: reviews ? credentialsReviews.filter((to) => credentialsTransitions[delegation.credentialsStatus].includes(to)) : [],
      seeContacts: leads || isStaff,
    },
  };
}

// The credentials report: every member state, with its delegation's credentials or "not represented".
export async function getCredentialsReport({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  assertCan(actor, 'credentials:review');
  const meeting = await findMeetingOrNotFound(input.meetingId);
  const rows = await listMemberStateCredentials(meeting.id);
  const states = rows
    .map((row) => ({ ...row, isRepresented: row.delegationId !== null && row.activeMembers > 0 }))
    .sort((a, b) => a.partyName.localeCompare(b.partyName, 'en'));
  return { meeting, states };
}

// A credentials letter's file: for staff and the delegation's head only; anyone else is told it does not exist.
export async function getCredentialsLetter({ actor, input }: { actor: Actor; input: { letterId: string } }) {
  if (!isId(input.letterId)) throw new AppError('NOT_FOUND', 'notFound');
  const letter = await findCredentialsLetter(input.letterId);
  if (!letter) throw new AppError('NOT_FOUND', 'notFound');
  if (can(actor, 'credentials:review')) return letter;
  const delegation = await findDelegation(letter.delegationId);
  const head = delegation ? await findHeadRegistration(delegation.id) : undefined;
  if (delegation && can(actor, 'delegations:lead', { delegation: { partyId: delegation.partyId, headUserId: head?.userId ?? null } })) return letter;
  throw new AppError('NOT_FOUND', 'notFound');
}
