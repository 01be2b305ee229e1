import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { openFloorRequestStatuses } from '@/lib/floor/values';
import { db, type Executor } from '../client';
import {
  floorRequests,
  parties,
  registrations,
  roomScreens,
  meetings,
  speakingTimeLimits,
  statements,
  type Statement,
  type FloorRequest,
  type FloorRequestStatus,
  type NewFloorRequest,
  type RoomScreen,
  type SpeakingTimeLimit,
} from '../schema';

export type FloorRequestRow = FloorRequest & { partyName: string; speakerName: string; speakerHonorific: string | null };

/** Every request for the floor at a meeting, in the order made, with its delegation and speaker named. */
export async function listMeetingFloorRequests(meetingId: string, ex: Executor = db): Promise<FloorRequestRow[]> {
  const rows = await ex
    .select({ request: floorRequests, partyName: parties.name, speakerName: registrations.name, speakerHonorific: registrations.honorific })
    .from(floorRequests)
    .innerJoin(parties, eq(floorRequests.partyId, parties.id))
    .innerJoin(registrations, eq(floorRequests.registrationId, registrations.id))
    .where(eq(floorRequests.meetingId, meetingId))
    .orderBy(asc(floorRequests.requestedAt), asc(floorRequests.id));
  return rows.map(({ request, ...names }) => ({ ...request, ...names }));
}

export async function findFloorRequest(id: string, ex: Executor = db): Promise<FloorRequest | undefined> {
  const [request] = await ex.select().from(floorRequests).where(eq(floorRequests.id, id));
  return request;
}

/** A delegation's place on an item's list, if it is waiting or speaking. */
export async function findOpenFloorRequest(agendaItemId: string, partyId: string, ex: Executor = db): Promise<FloorRequest | undefined> {
  const [request] = await ex
    .select()
    .from(floorRequests)
    .where(and(eq(floorRequests.agendaItemId, agendaItemId), eq(floorRequests.partyId, partyId), inArray(floorRequests.status, openFloorRequestStatuses)));
  return request;
}

/** Who has the floor now, if anyone: at the meeting, or on one of its items. */
export async function findSpeaker(where: { meetingId: string } | { agendaItemId: string }, ex: Executor = db): Promise<FloorRequest | undefined> {
  const scope = 'meetingId' in where ? eq(floorRequests.meetingId, where.meetingId) : eq(floorRequests.agendaItemId, where.agendaItemId);
  const [request] = await ex
    .select()
    .from(floorRequests)
    .where(and(scope, eq(floorRequests.status, 'speaking')));
  return request;
}

export async function insertFloorRequest(values: NewFloorRequest, ex: Executor): Promise<FloorRequest> {
  const [request] = await ex.insert(floorRequests).values(values).returning();
  if (!request) throw new Error('insert into floor_requests returned no row');
  return request;
}

/** Moves a request on, only if it is still where it was read: a step taken meanwhile updates nothing. */
export async function updateFloorRequestStatus(
  id: string,
  change: { from: FloorRequestStatus; to: FloorRequestStatus; startedAt?: Date | null; endedAt?: Date | null },
  ex: Executor,
): Promise<FloorRequest | undefined> {
  const { from, to, ...times } = change;
  const [request] = await ex
    .update(floorRequests)
    .set({ status: to, ...times })
    .where(and(eq(floorRequests.id, id), eq(floorRequests.status, from)))
    .returning();
  return request;
}

/** The meeting's time per speaker, if its chair set one. */
export async function findSpeakingTimeLimit(meetingId: string, ex: Executor = db): Promise<SpeakingTimeLimit | undefined> {
  const [limit] = await ex.select().from(speakingTimeLimits).where(eq(speakingTimeLimits.meetingId, meetingId));
  return limit;
}

/** Sets the meeting's time per speaker, or clears it (null): no limit. */
export async function saveSpeakingTimeLimit(meetingId: string, limit: { seconds: number; setByUserId: string; setAt: Date } | null, ex: Executor): Promise<void> {
  if (limit === null) {
    await ex.delete(speakingTimeLimits).where(eq(speakingTimeLimits.meetingId, meetingId));
    return;
  }
  await ex
    .insert(speakingTimeLimits)
    .values({ meetingId, ...limit })
    .onConflictDoUpdate({ target: speakingTimeLimits.meetingId, set: limit });
}

/** What the meeting's room screen shows, if the chair ever put something there. */
export async function findRoomScreen(meetingId: string, ex: Executor = db): Promise<RoomScreen | undefined> {
  const [screen] = await ex.select().from(roomScreens).where(eq(roomScreens.meetingId, meetingId));
  return screen;
}

export type MeetingRoom = { speakingTime: SpeakingTimeLimit | undefined; screen: RoomScreen | undefined; statements: Statement[] };

/**
 * How the chair runs the meeting's room, in one read: the time per speaker, what the room's screen
 * shows, and the meeting's statements (oldest first) it may show. A meeting has a handful of statements.
 */
export async function findMeetingRoom(meetingId: string, ex: Executor = db): Promise<MeetingRoom> {
  const rows = await ex
    .select({ speakingTime: speakingTimeLimits, screen: roomScreens, statement: statements })
    .from(meetings)
    .leftJoin(speakingTimeLimits, eq(speakingTimeLimits.meetingId, meetings.id))
    .leftJoin(roomScreens, eq(roomScreens.meetingId, meetings.id))
    .leftJoin(statements, eq(statements.meetingId, meetings.id))
    .where(eq(meetings.id, meetingId))
    .orderBy(asc(statements.createdAt), asc(statements.id));
  return {
    speakingTime: rows[0]?.speakingTime ?? undefined,
    screen: rows[0]?.screen ?? undefined,
    statements: rows.flatMap((row) => (row.statement ? [row.statement] : [])),
  };
}

/** Puts something on the meeting's room screen, in place of what it showed. */
export async function saveRoomScreen(screen: Omit<RoomScreen, 'setAt'> & { setAt: Date }, ex: Executor): Promise<void> {
  const { meetingId, ...shown } = screen;
  await ex.insert(roomScreens).values(screen).onConflictDoUpdate({ target: roomScreens.meetingId, set: shown });
}
