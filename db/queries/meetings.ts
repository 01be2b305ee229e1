import 'server-only';
import { and, asc, between, count, desc, eq, gte, isNull, lte, max, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { alias, unionAll } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
import { documentOrder, type DocumentSummary } from './documents';
import {
  documents,
  meetings,
  statements,
  meetingSeries,
  meetingSessions,
  parties,
  users,
  type Meeting,
  type MeetingSeries,
  type MeetingSession,
  type MeetingStatus,
  type NewMeeting,
  type NewMeetingSession,
} from '../schema';

export type MeetingListRow = Pick<
  Meeting,
  'id' | 'number' | 'title' | 'startDate' | 'endDate' | 'timeZone' | 'city' | 'format' | 'status'
> & { seriesName: string; hostName: string | null; chairName: string | null };

/** A meeting with the names a page shows beside it. */
export type MeetingDetail = Meeting & {
  seriesCode: string;
  seriesName: string;
  hostName: string | null;
  chairName: string | null;
};

const chairs = alias(users, 'chairs');

// Upcoming and current meetings first (soonest on top), then past ones (latest on top). A meeting is
// past once its last day is over where it is held, not where the database server is. A zone's date
// is at most a day from UTC's, so only the meetings ending within a day of UTC's today need their own
// zone's date (converting every row's was most of the list's cost).
const utcToday = sql`(now() at time zone 'UTC')::date`;
const isPast = sql`case
  when ${meetings.endDate} > ${utcToday} + 1 then false
  when ${meetings.endDate} < ${utcToday} - 1 then true
  else ${meetings.endDate} < (now() at time zone ${meetings.timeZone})::date
end`;

/** Which of the list's filters are set: each shape is its own prepared read. */
type MeetingFilterShape = { series: boolean; year: boolean };

function meetingFilter(shape: MeetingFilterShape): SQL | undefined {
  return and(
    shape.series
      ? sql`${meetings.seriesId} = (select ${meetingSeries.id} from ${meetingSeries} where ${meetingSeries.code} = ${sql.placeholder('seriesCode')})`
      : undefined,
    // A range, not the year of each start date, so the start dates' index answers it.
    shape.year ? between(meetings.startDate, sql.placeholder('yearStart'), sql.placeholder('yearEnd')) : undefined,
  );
}

/**
 * The ids of one page of the list, in its order. Each part is read through an index in its own order,
 * and only as far as the page reaches: what is still to come by its last day (a few rows whatever the
 * history), the past by its start date, latest first. Ordering every meeting by whether it is past
 * scanned and sorted them all: 2 ms at 3,000 meetings, against 0.3 ms.
 */
function meetingPage(ex: Executor, where: SQL | undefined) {
  // A union is ordered by its columns alone: what is to come sorts by `upcoming_start`, which the past leaves empty.
  const upcoming = ex
    .select({
      id: meetings.id,
      isPast: sql<boolean>`false`.as('is_past'),
      upcomingStart: sql<string | null>`${meetings.startDate}`.as('upcoming_start'),
      startDate: meetings.startDate,
    })
    .from(meetings)
    .where(and(where, gte(meetings.endDate, sql`${utcToday} - 1`), sql`not ${isPast}`))
    .orderBy(asc(meetings.startDate), asc(meetings.id))
    .limit(sql.placeholder('reach'));
  const past = ex
    .select({
      id: meetings.id,
      isPast: sql<boolean>`true`.as('is_past'),
      upcomingStart: sql<string | null>`null::date`.as('upcoming_start'),
      startDate: meetings.startDate,
    })
    .from(meetings)
    .where(and(where, lte(meetings.endDate, sql`${utcToday} + 1`), isPast))
    .orderBy(desc(meetings.startDate), asc(meetings.id))
    .limit(sql.placeholder('reach'));
  return unionAll(upcoming, past)
    .orderBy(sql`is_past`, sql`upcoming_start`, sql`start_date desc`, sql`id`)
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('page');
}

// The page is chosen from the meetings alone and only its rows are joined to their names: sorting
// every meeting with its series, host and chair took three times as long at 3,000 meetings.
const meetingListPage = preparedReadByShape('meeting_list_page', (ex, shape: MeetingFilterShape) => {
  const page = meetingPage(ex, meetingFilter(shape));
  return ex
    .select({
      id: meetings.id,
      number: meetings.number,
      title: meetings.title,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      timeZone: meetings.timeZone,
      city: meetings.city,
      format: meetings.format,
      status: meetings.status,
      seriesName: meetingSeries.name,
      hostName: parties.name,
      chairName: chairs.name,
    })
    .from(page)
    .innerJoin(meetings, eq(meetings.id, page.id))
    .innerJoin(meetingSeries, eq(meetings.seriesId, meetingSeries.id))
    .leftJoin(parties, eq(meetings.hostPartyId, parties.id))
    .leftJoin(chairs, eq(meetings.chairUserId, chairs.id))
    .orderBy(asc(page.isPast), asc(page.upcomingStart), desc(page.startDate), asc(page.id));
});
const meetingListCount = preparedReadByShape('meeting_list_count', (ex, shape: MeetingFilterShape) =>
  ex.select({ total: count() }).from(meetings).where(meetingFilter(shape)),
);

export async function listMeetings(
  options: { limit: number; offset: number; seriesCode?: string; year?: number },
  ex: Executor = db,
): Promise<{ rows: MeetingListRow[]; total: number }> {
  const { limit, offset, seriesCode, year } = options;
  const shape = { series: Boolean(seriesCode), year: Boolean(year) };
  const values = { seriesCode, yearStart: `${year}-01-01`, yearEnd: `${year}-12-31`, limit, offset, reach: offset + limit };
  // The page and the count are independent: asked side by side, the list costs one round trip.
  const [rows, [totals]] = await Promise.all([meetingListPage(shape, ex).execute(values), meetingListCount(shape, ex).execute(values)]);
  return { rows, total: totals?.total ?? 0 };
}

/**
 * The years that have meetings, latest first, for the list's filter. Each year from the first to the
 * last is one probe of the start dates' index: the distinct years of every meeting read them all.
 */
export async function listMeetingYears(ex: Executor = db): Promise<number[]> {
  const rows = await meetingYears(ex).execute();
  return rows.map((row) => Number(row.year));
}
const yearOf = (edge: SQL) => sql`extract(year from (select ${edge} from ${meetings}))::int`;
const year = sql<number>`year`;
const meetingYears = preparedRead('meeting_years', (ex) =>
  ex
    .select({ year })
    .from(sql`generate_series(${yearOf(sql`min(${meetings.startDate})`)}, ${yearOf(sql`max(${meetings.startDate})`)}) as year`)
    .where(
      sql`exists (select from ${meetings} where ${meetings.startDate} >= make_date(${year}, 1, 1) and ${meetings.startDate} < make_date(${year} + 1, 1, 1))`,
    )
    .orderBy(desc(year)),
);

/** A meeting as the programme's calendar shows it, with its sessions in time order. */
export type CalendarMeetingRow = Pick<
  Meeting,
  'id' | 'title' | 'startDate' | 'endDate' | 'timeZone' | 'city' | 'venue' | 'status' | 'version'
> & { hostName: string | null; sessions: Pick<MeetingSession, 'id' | 'title' | 'startsAt' | 'endsAt' | 'room'>[] };

/**
 * The latest meetings by their first day (those still to come first), of one series or all, each with
 * its sessions: one statement, read backwards along the start dates' index only as far as `limit`.
 */
export async function listCalendarMeetings(options: { limit: number; seriesId?: string }, ex: Executor = db): Promise<CalendarMeetingRow[]> {
  const rows = await calendarMeetings({ series: Boolean(options.seriesId) }, ex).execute({ seriesId: options.seriesId, limit: options.limit });
  return rows.map(({ host, ...meeting }) => ({ ...meeting, hostName: host?.name ?? null }));
}
const calendarMeetings = preparedReadByShape('calendar_meetings', (ex, shape: { series: boolean }) =>
  ex.query.meetings.findMany({
    columns: { id: true, title: true, startDate: true, endDate: true, timeZone: true, city: true, venue: true, status: true, version: true },
    where: shape.series ? eq(meetings.seriesId, sql.placeholder('seriesId')) : undefined,
    orderBy: [desc(meetings.startDate), asc(meetings.id)],
    limit: sql.placeholder('limit'),
    with: {
      host: { columns: { name: true } },
      sessions: { columns: { id: true, title: true, startsAt: true, endsAt: true, room: true }, ...sessionsInTimeOrder },
    },
  }),
);

export function listSeries(ex: Executor = db): Promise<MeetingSeries[]> {
  return allSeries(ex).execute();
}
const allSeries = preparedRead('all_series', (ex) => ex.select().from(meetingSeries).orderBy(asc(meetingSeries.name)));

export function findSeriesById(id: string, ex: Executor = db): Promise<MeetingSeries | undefined> {
  return ex.query.meetingSeries.findFirst({ where: eq(meetingSeries.id, id) });
}

/**
 * A meeting with its names. With `lock`, the meeting's row stays locked until the transaction ends
 * (only the meeting's: the joined rows are not locked).
 */
export async function findMeetingDetail(id: string, ex: Executor = db, options: { lock?: boolean } = {}): Promise<MeetingDetail | undefined> {
  const [row] = options.lock ? await meetingDetailQuery(ex, id).for('update', { of: meetings }) : await meetingDetail(ex).execute({ id });
  if (!row) return undefined;
  const { meeting, ...names } = row;
  return { ...meeting, ...names };
}
const meetingDetailQuery = (ex: Executor, id: string | Placeholder) =>
  ex
    .select({
      meeting: meetings,
      seriesCode: meetingSeries.code,
      seriesName: meetingSeries.name,
      hostName: parties.name,
      chairName: chairs.name,
    })
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetings.seriesId, meetingSeries.id))
    .leftJoin(parties, eq(meetings.hostPartyId, parties.id))
    .leftJoin(chairs, eq(meetings.chairUserId, chairs.id))
    .where(eq(meetings.id, id));
const meetingDetail = preparedRead('meeting_detail', (ex) => meetingDetailQuery(ex, sql.placeholder('id')));

// The names a meeting's pages show beside it, and its lists, as drizzle's relational queries read them.
const names = { series: { columns: { code: true, name: true } }, host: { columns: { name: true } }, chair: { columns: { name: true } } } as const;
const sessionsInTimeOrder = { orderBy: [asc(meetingSessions.startsAt), asc(meetingSessions.endsAt)] };
const papers = (publicOnly: boolean) => ({
  columns: { content: false },
  where: publicOnly ? and(eq(documents.isPublic, true), isNull(documents.withdrawnAt)) : undefined,
  orderBy: documentOrder,
} as const);

function withNames<T extends Meeting>(row: T & { series: { code: string; name: string }; host: { name: string } | null; chair: { name: string } | null }) {
  const { series, host, chair, ...meeting } = row;
  return { ...meeting, seriesCode: series.code, seriesName: series.name, hostName: host?.name ?? null, chairName: chair?.name ?? null };
}

/** A meeting with its names, its sessions in time order and its papers (without their files), in one statement. */
export async function findMeetingWithLists(
  id: string,
  options: { publicDocumentsOnly: boolean },
  ex: Executor = db,
): Promise<{ meeting: MeetingDetail; sessions: MeetingSession[]; documents: DocumentSummary[] } | undefined> {
  const read = options.publicDocumentsOnly ? meetingWithPublicLists : meetingWithLists;
  const row = await read(ex).execute({ id });
  if (!row) return undefined;
  const { sessions, documents: found, ...meeting } = row;
  return { meeting: withNames(meeting), sessions, documents: found };
}
const meetingWithListsQuery = (ex: Executor, publicDocumentsOnly: boolean) =>
  ex.query.meetings.findFirst({
    where: eq(meetings.id, sql.placeholder('id')),
    with: { ...names, sessions: sessionsInTimeOrder, documents: papers(publicDocumentsOnly) },
  });
const meetingWithLists = preparedRead('meeting_with_lists', (ex) => meetingWithListsQuery(ex, false));
const meetingWithPublicLists = preparedRead('meeting_with_public_lists', (ex) => meetingWithListsQuery(ex, true));

/**
 * Everything a meeting's own page shows of it, in one statement: the meeting with its names, sessions,
 * every paper (the caller drops those the reader may not see), its agenda's row with who adopted it,
 * where each agenda item sits (enough to number them) and its statements.
 */
export async function findMeetingOverview(id: string, ex: Executor = db) {
  const row = await meetingOverview(ex).execute({ id });
  if (!row) return undefined;
  const { sessions, documents: found, agenda, agendaItems, statements: meetingStatements, ...meeting } = row;
  return { meeting: withNames(meeting), sessions, documents: found, agenda: agenda ?? null, agendaItems, statements: meetingStatements };
}
const meetingOverview = preparedRead('meeting_overview', (ex) =>
  ex.query.meetings.findFirst({
    where: eq(meetings.id, sql.placeholder('id')),
    with: {
      ...names,
      sessions: sessionsInTimeOrder,
      documents: papers(false),
      agenda: { with: { adoptedBy: { columns: { name: true } } } },
      agendaItems: { columns: { id: true, parentId: true, position: true, title: true, kind: true, status: true } },
      statements: { orderBy: [asc(statements.createdAt), asc(statements.id)] },
    },
  }),
);

export async function insertMeeting(values: NewMeeting, ex: Executor = db): Promise<Meeting> {
  const [meeting] = await ex.insert(meetings).values(values).returning();
  if (!meeting) throw new Error('insert into meetings returned no row');
  return meeting;
}

export async function updateMeeting(
  id: string,
  values: Partial<Omit<NewMeeting, 'id' | 'status' | 'createdAt'>>,
  ex: Executor = db,
): Promise<Meeting | undefined> {
  const [meeting] = await ex
    .update(meetings)
    .set({ ...values, ...nextVersion })
    .where(eq(meetings.id, id))
    .returning();
  return meeting;
}

/** Every change of a meeting's row raises its version: edits based on an older one are refused. */
const nextVersion = { version: sql`${meetings.version} + 1`, updatedAt: sql`now()` };

/** Moves a meeting on only if it is still in the status the change was decided from. */
export async function updateMeetingStatus(
  id: string,
  change: { from: MeetingStatus; to: MeetingStatus; cancellationReason: string | null },
  ex: Executor = db,
): Promise<Meeting | undefined> {
  const [meeting] = await ex
    .update(meetings)
    .set({ status: change.to, cancellationReason: change.cancellationReason, ...nextVersion })
    .where(and(eq(meetings.id, id), eq(meetings.status, change.from)))
    .returning();
  return meeting;
}

export function listSessions(meetingId: string, ex: Executor = db): Promise<MeetingSession[]> {
  return ex
    .select()
    .from(meetingSessions)
    .where(eq(meetingSessions.meetingId, meetingId))
    .orderBy(asc(meetingSessions.startsAt), asc(meetingSessions.endsAt));
}

export async function insertSessions(values: NewMeetingSession[], ex: Executor = db): Promise<MeetingSession[]> {
  if (values.length === 0) return [];
  return ex.insert(meetingSessions).values(values).returning();
}

export function findSessionById(id: string, ex: Executor = db): Promise<MeetingSession | undefined> {
  return ex.query.meetingSessions.findFirst({ where: eq(meetingSessions.id, id) });
}

export async function updateSession(
  id: string,
  meetingId: string,
  values: Pick<MeetingSession, 'title' | 'startsAt' | 'endsAt' | 'room'>,
  ex: Executor = db,
): Promise<MeetingSession | undefined> {
  const [session] = await ex
    .update(meetingSessions)
    .set(values)
    .where(and(eq(meetingSessions.id, id), eq(meetingSessions.meetingId, meetingId)))
    .returning();
  return session;
}

export async function deleteSession(id: string, meetingId: string, ex: Executor = db): Promise<MeetingSession | undefined> {
  const [session] = await ex
    .delete(meetingSessions)
    .where(and(eq(meetingSessions.id, id), eq(meetingSessions.meetingId, meetingId)))
    .returning();
  return session;
}

/** Moves sessions to new times (a meeting whose dates or time zone changed). */
export async function updateSessionTimes(sessions: Pick<MeetingSession, 'id' | 'startsAt' | 'endsAt'>[], ex: Executor = db): Promise<void> {
  for (const session of sessions) {
    await ex.update(meetingSessions).set({ startsAt: session.startsAt, endsAt: session.endsAt }).where(eq(meetingSessions.id, session.id));
  }
}

/** The highest meeting number of each series: the next meeting's number is one more. */
export async function latestNumbersBySeries(ex: Executor = db): Promise<Map<string, number>> {
  const rows = await ex
    .select({ seriesId: meetings.seriesId, latest: max(meetings.number) })
    .from(meetings)
    .groupBy(meetings.seriesId);
  return new Map(rows.map((row) => [row.seriesId, row.latest ?? 0]));
}
