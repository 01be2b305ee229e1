import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { openFloorRequestStatuses } from '@/lib/floor/values';
import { db, type Executor } from '../client';
import {
  floorRequests,
  parties,
  registrations,
  roomScreens,
  speakingTimeLimits,
  statements,
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

/** What the meeting's room screen shows, with the statement's title, if the chair ever put something there. */
export async function findRoomScreen(meetingId: string, ex: Executor = db): Promise<(RoomScreen & { statementTitle: string | null }) | undefined> {
  const [row] = await ex
    .select({ screen: roomScreens, statementTitle: statements.title })
    .from(roomScreens)
    .leftJoin(statements, eq(statements.id, roomScreens.statementId))
    .where(eq(roomScreens.meetingId, meetingId));
  return row && { ...row.screen, statementTitle: row.statementTitle };
}

/** Puts something on the meeting's room screen, in place of what it showed. */
export async function saveRoomScreen(screen: Omit<RoomScreen, 'setAt'> & { setAt: Date }, ex: Executor): Promise<void> {
  const { meetingId, ...shown } = screen;
  await ex.insert(roomScreens).values(screen).onConflictDoUpdate({ target: roomScreens.meetingId, set: shown });
}
