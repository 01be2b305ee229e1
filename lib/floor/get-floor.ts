import 'server-only';
import { listAgendaItems } from '@/db/queries/agenda';
import { findMeetingRoom, listMeetingFloorRequests, type FloorRequestRow } from '@/db/queries/floor';
import { findRegistrationOfPerson } from '@/db/queries/registrations';
import { discussionClockStart } from '../agenda/discussion-time';
import { numberAgenda } from '../agenda/outline';
import { AppError } from '../errors';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { displayName } from '../participants/csv';
import { assertCan, can, type Actor } from '../permissions';
import { isParticipant } from '../registrations/rules';
import { isId } from '../schemas';
import { readableMeetingStatements } from '../statements/readable-meeting-statements';
import { floorRequestRefusal, floorSteps, roomScreenRefusal, speakersList, speakingTimeRefusal } from './rules';

// The speakers' list of the item in discussion, for everyone at the meeting: who has the floor, who
// waits, who spoke. The chair and the secretariat run it; a delegation asks for the floor or withdraws
// its request. Below, the record of who took the floor on each item.
export async function getFloor({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const asks = isParticipant(actor) && actor.partyId !== null;
  const [meeting, items, requests, room, registration] = await Promise.all([
    findMeetingOrNotFound(input.meetingId),
    listAgendaItems(input.meetingId),
    listMeetingFloorRequests(input.meetingId),
    findMeetingRoom(input.meetingId),
    asks ? findRegistrationOfPerson(input.meetingId, { userId: actor.id, email: actor.email }) : undefined,
  ]);
  const numbered = numberAgenda(items);
  const showOnScreen = roomScreenRefusal({ actor, meeting }) === null;
  const { screen } = room;
  const inDiscussion = numbered.find((item) => item.status === 'in_discussion') ?? null;
  const present = (request: FloorRequestRow, item: { status: (typeof numbered)[number]['status'] }) => ({
    id: request.id,
    partyName: request.partyName,
    speaker: displayName({ honorific: request.speakerHonorific, name: request.speakerName }),
    isOwn: asks && request.partyId === actor.partyId,
    requestedAt: request.requestedAt,
    startedAt: request.startedAt,
    endedAt: request.endedAt,
    steps: floorSteps({ actor, meeting, request, item }),
  });
  const list = inDiscussion ? speakersList(requests, inDiscussion.id) : null;
  const ownRegistration = registration && registration.partyId === actor.partyId ? registration : null;
  const requestRefusal =
    asks && inDiscussion && list
      ? floorRequestRefusal({
          actor,
          meeting,
          item: inDiscussion,
          registration: ownRegistration,
          isOnList: [list.speaking, ...list.waiting].some((request) => request?.partyId === actor.partyId),
        })
      : null;
  return {
    meeting,
    /** How long each speaker has, in seconds, if the chair set it. */
    speakingTime: room.speakingTime?.seconds ?? null,
    /**
     * What the room's screen shows: the speakers' list unless the chair put a statement or an amendment
     * there. Its title only for those who run the room (a draft's title is not everyone's).
     */
    screen: {
      shows: screen?.shows ?? 'floor',
      statementId: screen?.statementId ?? null,
      amendmentNumber: screen?.amendmentNumber ?? null,
      statementTitle: can(actor, 'floor:manage', { meeting }) ? (room.statements.find((s) => s.id === screen?.statementId)?.title ?? null) : null,
    },
    /** For those who may put them on the room's screen: the meeting's statements they read, oldest first. */
    screenStatements: showOnScreen ? readableMeetingStatements(actor, meeting, room.statements).statements.map(({ id, title, status }) => ({ id, title, status })) : [],
    item: inDiscussion && list
      ? {
          id: inDiscussion.id,
          number: inDiscussion.number,
          title: inDiscussion.title,
          /** The item's own clock: all the time spent on it so far, against the minutes the agenda planned. */
          discussion: { since: discussionClockStart(inDiscussion), plannedSeconds: inDiscussion.durationMinutes === null ? null : inDiscussion.durationMinutes * 60 },
          speaking: list.speaking ? present(list.speaking, inDiscussion) : null,
          waiting: list.waiting.map((request) => present(request, inDiscussion)),
          spoke: list.spoke.map((request) => present(request, inDiscussion)),
        }
      : null,
    /** Who took the floor on each item, in agenda order: the record the report draws on. */
    record: numbered
      .map((item) => ({ id: item.id, number: item.number, title: item.title, speakers: speakersList(requests, item.id).spoke.map((request) => present(request, item)) }))
      .filter((item) => item.speakers.length > 0),
    can: {
      runsList: can(actor, 'floor:manage', { meeting }),
      setSpeakingTime: speakingTimeRefusal({ actor, meeting }) === null,
      showOnScreen,
      request: asks && inDiscussion !== null && requestRefusal === null,
      /** Why a delegate or observer may not ask for the floor on the item in discussion now. */
      requestRefusal: requestRefusal?.messageKey ?? null,
    },
  };
}

export type FloorView = Awaited<ReturnType<typeof getFloor>>;
