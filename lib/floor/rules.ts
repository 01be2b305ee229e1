import type { AgendaItemStatus } from '../agenda/values';
import { AppError } from '../errors';
import type { MeetingStatus } from '../meetings/values';
import { can, type Actor, type MeetingRef } from '../permissions';
import type { RegistrationStatus } from '../registrations/values';
import { canFloorTransition } from './lifecycle';
import type { FloorRequestStatus } from './values';

// The rules of the floor, pure: each use-case throws the refusal they name, and the speakers' list
// offers a button only where there is none, so the page and the server never disagree.

type Meeting = MeetingRef & { status: MeetingStatus };

export type FloorRequestFacts = {
  actor: Actor;
  meeting: Meeting;
  item: { status: AgendaItemStatus };
  /** The actor's own registration at the meeting, if any. */
  registration: { status: RegistrationStatus } | null;
  /** Whether the actor's delegation is already waiting or speaking on the item. */
  isOnList: boolean;
};

const notInSession = () => new AppError('INVALID_STATE', 'floorMeetingNotInSession');

/** Why the actor may not ask for the floor on the item now, or null. */
export function floorRequestRefusal({ actor, meeting, item, registration, isOnList }: FloorRequestFacts): AppError | null {
  if (actor.partyId === null || !can(actor, 'floor:request', { party: { partyId: actor.partyId } })) return new AppError('FORBIDDEN', 'floorDelegationsOnly');
  if (meeting.status !== 'in_session') return notInSession();
  if (item.status !== 'in_discussion') return new AppError('INVALID_STATE', 'floorItemNotInDiscussion');
  if (registration?.status !== 'approved') return new AppError('FORBIDDEN', 'floorApprovedParticipantsOnly');
  if (isOnList) return new AppError('INVALID_STATE', 'floorAlreadyOnList');
  return null;
}

export type FloorStepFacts = {
  actor: Actor;
  meeting: Meeting;
  request: { status: FloorRequestStatus; partyId: string };
  /** The item the request is about: the floor is given only on the item in discussion. */
  item: { status: AgendaItemStatus };
  to: FloorRequestStatus;
};

/**
 * Why the actor may not take a request to `to` now, or null. The chair and the secretariat run the
 * list; a delegation may only withdraw its own request.
 */
export function floorStepRefusal({ actor, meeting, request, item, to }: FloorStepFacts): AppError | null {
  const runsList = can(actor, 'floor:manage', { meeting });
  const withdrawsOwn = to === 'withdrawn' && can(actor, 'floor:request', { party: { partyId: request.partyId } });
  if (!runsList && !withdrawsOwn) return new AppError('FORBIDDEN', 'floorChairOnly');
  if (meeting.status !== 'in_session') return notInSession();
  if (request.status === to) return new AppError('INVALID_STATE', 'transitionSameStatus');
  if (!canFloorTransition(request.status, to)) return new AppError('INVALID_STATE', 'floorTransitionNotAllowed');
  if (to === 'speaking' && item.status !== 'in_discussion') return new AppError('INVALID_STATE', 'floorItemNotInDiscussion');
  return null;
}

/**
 * Why the actor may not run the room now, or null: the chair of the meeting or the secretariat do,
 * before the meeting or while it sits; once it is over the record stands. `forbidden` names what they
 * were refused.
 */
function roomRefusal({ actor, meeting }: { actor: Actor; meeting: Meeting }, forbidden: string): AppError | null {
  if (!can(actor, 'floor:manage', { meeting })) return new AppError('FORBIDDEN', forbidden);
  if (meeting.status === 'concluded' || meeting.status === 'cancelled') return new AppError('INVALID_STATE', 'floorMeetingOver');
  return null;
}

/** Why the actor may not set the meeting's speaking time now, or null. */
export function speakingTimeRefusal(facts: { actor: Actor; meeting: Meeting }): AppError | null {
  return roomRefusal(facts, 'floorSpeakingTimeChairOnly');
}

/** Why the actor may not put something on the meeting's room screen now, or null. */
export function roomScreenRefusal(facts: { actor: Actor; meeting: Meeting }): AppError | null {
  return roomRefusal(facts, 'floorScreenChairOnly');
}

/** The steps open to the actor on a request now: the list renders its buttons from this. */
export function floorSteps(facts: Omit<FloorStepFacts, 'to'>): FloorRequestStatus[] {
  const targets: FloorRequestStatus[] = ['speaking', 'spoke', 'waiting', 'withdrawn'];
  return targets.filter((to) => floorStepRefusal({ ...facts, to }) === null);
}

type Listed = { id: string; agendaItemId: string; status: FloorRequestStatus; requestedAt: Date; startedAt: Date | null };

/**
 * An item's speakers' list: who has the floor, who waits (in the order they asked), and who spoke (in
 * the order they spoke). Withdrawn requests are left out.
 */
export function speakersList<R extends Listed>(requests: readonly R[], agendaItemId: string) {
  const ofItem = requests.filter((request) => request.agendaItemId === agendaItemId);
  const byRequest = (a: R, b: R) => a.requestedAt.getTime() - b.requestedAt.getTime() || a.id.localeCompare(b.id);
  const bySpeaking = (a: R, b: R) => (a.startedAt?.getTime() ?? 0) - (b.startedAt?.getTime() ?? 0) || byRequest(a, b);
  return {
    speaking: ofItem.find((request) => request.status === 'speaking') ?? null,
    waiting: ofItem.filter((request) => request.status === 'waiting').sort(byRequest),
    spoke: ofItem.filter((request) => request.status === 'spoke').sort(bySpeaking),
  };
}
