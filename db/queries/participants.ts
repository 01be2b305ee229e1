import 'server-only';
import { and, asc, count, countDistinct, eq, ilike, inArray, isNull, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
import { checkIns, documents, parties, registrations, type CheckIn, type PartyKind } from '../schema';
import { containing } from './contains';
import type { DocumentSummary } from './documents';
import { findDocumentSummary } from './documents';

const participantColumns = {
  id: registrations.id,
  meetingId: registrations.meetingId,
  delegationId: registrations.delegationId,
  partyId: registrations.partyId,
  partyName: parties.name,
  partyKind: parties.kind,
  name: registrations.name,
  email: registrations.email,
  honorific: registrations.honorific,
  position: registrations.position,
  organization: registrations.organization,
  delegationRole: registrations.delegationRole,
  participation: registrations.participation,
  isListedPublicly: registrations.isListedPublicly,
};

export type ParticipantRow = {
  id: string;
  meetingId: string;
  delegationId: string;
  partyId: string;
  partyName: string;
  partyKind: PartyKind;
  name: string;
  email: string;
  honorific: string | null;
  position: string | null;
  organization: string | null;
  delegationRole: (typeof registrations.delegationRole.enumValues)[number];
  participation: (typeof registrations.participation.enumValues)[number];
  isListedPublicly: boolean;
};

export type ParticipantFilter = {
  /** Only those who consented to the public list. */
  publicOnly?: boolean;
  inPersonOnly?: boolean;
  delegationId?: string;
};

/** A meeting's approved registrations with their party (the list orders them: lib/participants/order.ts). */
export function listApprovedParticipants(meetingId: string, filter: ParticipantFilter = {}, ex: Executor = db): Promise<ParticipantRow[]> {
  // The lists pages show are prepared; badges, filtered further, are built as they are asked for.
  if (!filter.inPersonOnly && !filter.delegationId) return (filter.publicOnly ? publicParticipants : allParticipants)(ex).execute({ meetingId });
  return approvedParticipantsQuery(ex, meetingId, filter);
}
const approvedParticipantsQuery = (ex: Executor, meetingId: string | Placeholder, filter: ParticipantFilter) =>
  ex
    .select(participantColumns)
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.status, 'approved'),
        filter.publicOnly ? eq(registrations.isListedPublicly, true) : undefined,
        filter.inPersonOnly ? eq(registrations.participation, 'in_person') : undefined,
        filter.delegationId ? eq(registrations.delegationId, filter.delegationId) : undefined,
      ),
    );
const allParticipants = preparedRead('approved_participants', (ex) => approvedParticipantsQuery(ex, sql.placeholder('meetingId'), {}));
const publicParticipants = preparedRead('public_participants', (ex) => approvedParticipantsQuery(ex, sql.placeholder('meetingId'), { publicOnly: true }));

/** One registration of the meeting, whatever its status, with the days it was present. */
export async function findParticipant(meetingId: string, registrationId: string, ex: Executor = db) {
  const [row] = await ex
    .select({ ...participantColumns, status: registrations.status, presentDays })
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.id, registrationId)));
  return row;
}

// The days a registration was checked in, in order, read with it ('YYYY-MM-DD' strings).
const presentDays = sql<string[]>`coalesce((select json_agg(${checkIns.day} order by ${checkIns.day}) from ${checkIns} where ${checkIns.registrationId} = ${registrations.id}), '[]'::json)`;

/** Whether the desk searches by name: each shape is its own prepared read. */
type NameSearchShape = { search: boolean };

function nameFilter(shape: NameSearchShape): SQL | undefined {
  return and(
    eq(registrations.meetingId, sql.placeholder('meetingId')),
    eq(registrations.status, 'approved'),
    shape.search ? ilike(registrations.name, sql.placeholder('pattern')) : undefined,
  );
}

const participantSearchPage = preparedReadByShape('participant_search_page', (ex, shape: NameSearchShape) =>
  ex
    .select({ ...participantColumns, presentDays, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(registrations)
    .innerJoin(parties, eq(parties.id, registrations.partyId))
    .where(nameFilter(shape))
    .orderBy(asc(registrations.name), asc(registrations.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')),
);
const participantSearchCount = preparedReadByShape('participant_search_count', (ex, shape: NameSearchShape) =>
  ex.select({ total: count() }).from(registrations).where(nameFilter(shape)),
);

/**
 * Approved participants whose name contains `search`, by name, one page, each with the days they
 * were present; and how many match in all (counted with the page, so one statement; a page past the
 * end has no row to carry the count, and counts again).
 */
export async function searchApprovedParticipants(
  meetingId: string,
  options: { search?: string; limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: (ParticipantRow & { presentDays: string[] })[]; total: number }> {
  const shape = { search: Boolean(options.search) };
  const values = { meetingId, pattern: containing(options.search ?? ''), limit: options.limit, offset: options.offset };
  const found = await participantSearchPage(shape, ex).execute(values);
  if (found.length === 0 && options.offset > 0) {
    const [totals] = await participantSearchCount(shape, ex).execute(values);
    return { rows: [], total: totals?.total ?? 0 };
  }
  return { rows: found.map(({ total: _total, ...row }) => row), total: found[0]?.total ?? 0 };
}

/** Records attendance; a second check-in of the same day is no new row (returns undefined). */
export async function insertCheckIn(values: { registrationId: string; day: string; checkedInByUserId: string }, ex: Executor = db): Promise<CheckIn | undefined> {
  const [row] = await ex.insert(checkIns).values(values).onConflictDoNothing({ target: [checkIns.registrationId, checkIns.day] }).returning();
  return row;
}

/** The days each of these registrations was checked in, in order (none: no entry). */
export async function listCheckInDays(registrationIds: readonly string[], ex: Executor = db): Promise<Map<string, string[]>> {
  const days = new Map<string, string[]>();
  if (registrationIds.length === 0) return days;
  const rows = await ex
    .select({ registrationId: checkIns.registrationId, day: checkIns.day })
    .from(checkIns)
    .where(inArray(checkIns.registrationId, [...registrationIds]))
    .orderBy(asc(checkIns.day));
  for (const row of rows) days.set(row.registrationId, [...(days.get(row.registrationId) ?? []), row.day]);
  return days;
}

/** Removes a day's check-in; undefined if there was none. */
export async function deleteCheckIn(registrationId: string, day: string, ex: Executor = db): Promise<CheckIn | undefined> {
  const [row] = await ex.delete(checkIns).where(and(eq(checkIns.registrationId, registrationId), eq(checkIns.day, day))).returning();
  return row;
}

/** A meeting's approved participants, and for each day with any check-in how many of them were present: one statement. */
export async function countAttendance(meetingId: string, ex: Executor = db): Promise<{ approved: number; presentByDay: Map<string, number> }> {
  // One group per day, and the grand total of people: grouping(day) tells the total's row from the
  // group of those never checked in, whose day is null too.
  const rows = await attendance(ex).execute({ meetingId });
  const presentByDay = new Map(rows.flatMap((row) => (row.isTotal === 0 && row.day !== null ? [[row.day, row.people] as const] : [])));
  return { approved: rows.find((row) => row.isTotal === 1)?.people ?? 0, presentByDay };
}
const attendance = preparedRead('attendance', (ex) =>
  ex
    .select({ day: checkIns.day, isTotal: sql<number>`grouping(${checkIns.day})`.mapWith(Number), people: countDistinct(registrations.id) })
    .from(registrations)
    .leftJoin(checkIns, eq(checkIns.registrationId, registrations.id))
    .where(and(eq(registrations.meetingId, sql.placeholder('meetingId')), eq(registrations.status, 'approved')))
    .groupBy(sql`grouping sets ((${checkIns.day}), ())`),
);

/** The first list of participants issued for a meeting and not withdrawn (its revisions are /Rev.N of it), if any. */
export async function findFirstParticipantList(meetingId: string, title: string, ex: Executor = db): Promise<DocumentSummary | undefined> {
  const [row] = await ex
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.meetingId, meetingId),
        eq(documents.kind, 'information'),
        eq(documents.variant, 'original'),
        eq(documents.title, title),
        isNull(documents.withdrawnAt),
      ),
    )
    .orderBy(asc(documents.sequence))
    .limit(1);
  return row ? findDocumentSummary(row.id, ex) : undefined;
}
