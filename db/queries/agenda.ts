import 'server-only';
import { and, asc, count, desc, eq, exists, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
import {
  agendaItemDocuments,
  agendaItems,
  agendas,
  documents,
  followUps,
  meetings,
  meetingSessions,
  parties,
  type Agenda,
  type AgendaItem,
  type AgendaItemStatus,
  type AgendaStatus,
  type FollowUp,
  type FollowUpStatus,
  type NewAgendaItem,
  type NewFollowUp,
} from '../schema';

/** A meeting's agenda row; a meeting without one has an empty provisional agenda. */
export async function findAgenda(meetingId: string, ex: Executor = db): Promise<Agenda | undefined> {
  const [agenda] = await ex.select().from(agendas).where(eq(agendas.meetingId, meetingId));
  return agenda;
}

/** The agenda row, made on the first change (the caller holds the meeting's lock). */
export async function ensureAgenda(meetingId: string, ex: Executor): Promise<Agenda> {
  await ex.insert(agendas).values({ meetingId }).onConflictDoNothing();
  return (await findAgenda(meetingId, ex))!;
}

/** Every change of the agenda or its items raises its version. */
export async function bumpAgendaVersion(meetingId: string, ex: Executor): Promise<Agenda> {
  const [agenda] = await ex
    .update(agendas)
    .set({ version: sql`${agendas.version} + 1`, updatedAt: sql`now()` })
    .where(eq(agendas.meetingId, meetingId))
    .returning();
  return agenda!;
}

export async function updateAgenda(
  meetingId: string,
  values: Partial<Pick<Agenda, 'status' | 'adoptedAt' | 'adoptedByUserId' | 'agendaDocumentId' | 'annotationsDocumentId'>>,
  guard: { fromStatus?: AgendaStatus },
  ex: Executor,
): Promise<Agenda | undefined> {
  const [agenda] = await ex
    .update(agendas)
    .set({ ...values, version: sql`${agendas.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(agendas.meetingId, meetingId), guard.fromStatus ? eq(agendas.status, guard.fromStatus) : undefined))
    .returning();
  return agenda;
}

/** An item with the names it is shown with. */
export type AgendaItemRow = AgendaItem & { presenterPartyName: string | null; sessionTitle: string | null };

export async function listAgendaItems(meetingId: string, ex: Executor = db): Promise<AgendaItemRow[]> {
  const rows = await ex
    .select({ item: agendaItems, presenterPartyName: parties.name, sessionTitle: meetingSessions.title })
    .from(agendaItems)
    .leftJoin(parties, eq(agendaItems.presenterPartyId, parties.id))
    .leftJoin(meetingSessions, eq(agendaItems.sessionId, meetingSessions.id))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
  return rows.map(({ item, ...names }) => ({ ...item, ...names }));
}

/**
 * A meeting's agenda items in order, each with its presenter's and session's names, its papers, its
 * follow-ups (in the order they were written, with the owner's name) and, with `withReviews`, the
 * project reviews taken up under it: what the agenda page shows, in one statement.
 */
export async function listAgendaItemsWithRecords(meetingId: string, options: { withReviews: boolean }, ex: Executor = db) {
  return (options.withReviews ? agendaItemsWithReviews : agendaItemsWithoutReviews)(ex).execute({ meetingId });
}
const agendaItemsWithRecordsQuery = (ex: Executor, withReviews: boolean) =>
  ex.query.agendaItems.findMany({
    where: eq(agendaItems.meetingId, sql.placeholder('meetingId')),
    orderBy: [asc(agendaItems.position)],
    with: {
      presenterParty: { columns: { name: true } },
      session: { columns: { title: true } },
      documents: { columns: {}, with: { document: { columns: { id: true, symbol: true, title: true, isPublic: true, withdrawnAt: true } } } },
      followUps: { orderBy: [asc(followUps.createdAt)], with: { ownerParty: { columns: { name: true } } } },
      // Read only for those who may see the programme; for others the list comes back empty.
      reviews: {
        columns: { id: true },
        where: withReviews ? undefined : sql`false`,
        with: { project: { columns: { id: true, code: true, title: true } } },
      },
    },
  });
const agendaItemsWithReviews = preparedRead('agenda_items_with_reviews', (ex) => agendaItemsWithRecordsQuery(ex, true));
const agendaItemsWithoutReviews = preparedRead('agenda_items_without_reviews', (ex) => agendaItemsWithRecordsQuery(ex, false));

/** Where each item of these meetings' agendas sits, enough to number them, with its title and kind. */
export function listAgendaOutlines(meetingIds: string[], ex: Executor = db) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      id: agendaItems.id,
      meetingId: agendaItems.meetingId,
      parentId: agendaItems.parentId,
      position: agendaItems.position,
      title: agendaItems.title,
      kind: agendaItems.kind,
    })
    .from(agendaItems)
    .where(inArray(agendaItems.meetingId, meetingIds));
}

export async function findAgendaItem(id: string, ex: Executor = db): Promise<AgendaItem | undefined> {
  const [item] = await ex.select().from(agendaItems).where(eq(agendaItems.id, id));
  return item;
}

export async function insertAgendaItem(values: NewAgendaItem, ex: Executor): Promise<AgendaItem> {
  const [item] = await ex.insert(agendaItems).values(values).returning();
  return item!;
}

export async function updateAgendaItemRow(id: string, values: Partial<NewAgendaItem>, ex: Executor): Promise<AgendaItem | undefined> {
  const [item] = await ex.update(agendaItems).set(values).where(eq(agendaItems.id, id)).returning();
  return item;
}

export async function deleteAgendaItem(id: string, ex: Executor): Promise<void> {
  await ex.delete(agendaItems).where(eq(agendaItems.id, id));
}

/**
 * Stores a new order. The unique (meeting, parent, position) index is checked row by row, so every
 * position is first moved out of the way, then each item takes its place.
 */
export async function writeOutline(
  meetingId: string,
  outline: { id: string; parentId: string | null; position: number }[],
  ex: Executor,
): Promise<void> {
  if (outline.length === 0) return;
  await ex.update(agendaItems).set({ position: sql`${agendaItems.position} + 1000000` }).where(eq(agendaItems.meetingId, meetingId));
  const values = sql.join(
    outline.map((item) => sql`(${item.id}::uuid, ${item.parentId}::uuid, ${item.position}::int)`),
    sql`, `,
  );
  await ex.execute(sql`update agenda_items set parent_id = v.parent_id, position = v.position
    from (values ${values}) as v(id, parent_id, position)
    where agenda_items.id = v.id and agenda_items.meeting_id = ${meetingId}`);
}

/** Moves an item from one status to another, with the time it has been discussed; undefined when its status moved meanwhile. */
export async function updateItemStatus(
  id: string,
  change: { from: AgendaItemStatus; to: AgendaItemStatus; discussion: Pick<AgendaItem, 'discussionStartedAt' | 'discussedSeconds'> },
  ex: Executor,
): Promise<AgendaItem | undefined> {
  const [item] = await ex
    .update(agendaItems)
    .set({ status: change.to, ...change.discussion })
    .where(and(eq(agendaItems.id, id), eq(agendaItems.status, change.from)))
    .returning();
  return item;
}

export async function replaceItemDocuments(itemId: string, documentIds: string[], ex: Executor): Promise<void> {
  await ex.delete(agendaItemDocuments).where(eq(agendaItemDocuments.agendaItemId, itemId));
  if (documentIds.length > 0) await ex.insert(agendaItemDocuments).values(documentIds.map((documentId) => ({ agendaItemId: itemId, documentId })));
}

/** How many of these documents belong to the meeting and stand (links to other meetings' papers, or withdrawn ones, are refused). */
export async function countMeetingDocumentsAmong(meetingId: string, ids: string[], ex: Executor): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await ex
    .select({ n: count() })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), inArray(documents.id, ids), isNull(documents.withdrawnAt)));
  return row?.n ?? 0;
}

export async function insertFollowUp(values: NewFollowUp, ex: Executor): Promise<FollowUp> {
  const [followUp] = await ex.insert(followUps).values(values).returning();
  return followUp!;
}

export async function findFollowUp(id: string, ex: Executor = db): Promise<FollowUp | undefined> {
  const [followUp] = await ex.select().from(followUps).where(eq(followUps.id, id));
  return followUp;
}

export async function updateFollowUpStatus(
  id: string,
  change: { from: FollowUpStatus; to: FollowUpStatus; note: string | null },
  ex: Executor,
): Promise<FollowUp | undefined> {
  const [followUp] = await ex
    .update(followUps)
    .set({ status: change.to, note: change.note, updatedAt: sql`now()` })
    .where(and(eq(followUps.id, id), eq(followUps.status, change.from)))
    .returning();
  return followUp;
}

/** A follow-up with the names a list shows. */
export type FollowUpRow = FollowUp & {
  ownerName: string | null;
  meetingTitle: string;
  meetingNumber: number;
  itemTitle: string;
};

const followUpColumns = {
  followUp: followUps,
  ownerName: parties.name,
  meetingTitle: meetings.title,
  meetingNumber: meetings.number,
  itemTitle: agendaItems.title,
};

function toFollowUpRow({ followUp, ...names }: { followUp: FollowUp; ownerName: string | null; meetingTitle: string; meetingNumber: number; itemTitle: string }): FollowUpRow {
  return { ...followUp, ...names };
}

export type FollowUpFilter = {
  status?: FollowUpStatus;
  /** Open and due before this date. */
  overdueOn?: string;
  /** The owning party; `null` the secretariat's own. */
  ownerPartyId?: string | null;
  meetingId?: string;
};

/** Which of the list's filters are set (the secretariat's own is an owner filter of its own): each shape is its own prepared read. */
type FollowUpFilterShape = { status: boolean; overdue: boolean; owner: boolean; secretariatOwned: boolean; meeting: boolean };

function followUpWhere(shape: FollowUpFilterShape): SQL | undefined {
  return and(
    shape.status ? eq(followUps.status, sql.placeholder('status')) : undefined,
    shape.overdue ? and(eq(followUps.status, 'open'), lt(followUps.dueDate, sql.placeholder('overdueOn'))) : undefined,
    shape.secretariatOwned ? sql`${followUps.ownerPartyId} is null` : undefined,
    shape.owner ? eq(followUps.ownerPartyId, sql.placeholder('ownerPartyId')) : undefined,
    shape.meeting ? eq(followUps.meetingId, sql.placeholder('meetingId')) : undefined,
  );
}

const followUpPage = preparedReadByShape('follow_up_page', (ex, shape: FollowUpFilterShape) =>
  ex
    .select(followUpColumns)
    .from(followUps)
    .innerJoin(meetings, eq(followUps.meetingId, meetings.id))
    .innerJoin(agendaItems, eq(followUps.agendaItemId, agendaItems.id))
    .leftJoin(parties, eq(followUps.ownerPartyId, parties.id))
    .where(followUpWhere(shape))
    .orderBy(desc(meetings.startDate), asc(followUps.dueDate), asc(followUps.createdAt), asc(followUps.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')),
);
const followUpCount = preparedReadByShape('follow_up_count', (ex, shape: FollowUpFilterShape) =>
  ex.select({ total: count() }).from(followUps).where(followUpWhere(shape)),
);

export async function listFollowUps(
  filter: FollowUpFilter & { limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: FollowUpRow[]; total: number }> {
  const shape = {
    status: Boolean(filter.status),
    overdue: Boolean(filter.overdueOn),
    owner: Boolean(filter.ownerPartyId),
    secretariatOwned: filter.ownerPartyId === null,
    meeting: Boolean(filter.meetingId),
  };
  const [page, [totals]] = await Promise.all([followUpPage(shape, ex).execute(filter), followUpCount(shape, ex).execute(filter)]);
  return { rows: page.map(toFollowUpRow), total: totals?.total ?? 0 };
}

/** The open follow-ups of the series' earlier meetings: what the next agenda takes up. */
export async function listEarlierOpenFollowUps(meeting: { seriesId: string; number: number }, ex: Executor = db): Promise<FollowUpRow[]> {
  const rows = await earlierOpenFollowUps(ex).execute({ seriesId: meeting.seriesId, number: meeting.number });
  return rows.map(toFollowUpRow);
}
const earlierOpenFollowUps = preparedRead('earlier_open_follow_ups', (ex) =>
  ex
    .select(followUpColumns)
    .from(followUps)
    .innerJoin(meetings, eq(followUps.meetingId, meetings.id))
    .innerJoin(agendaItems, eq(followUps.agendaItemId, agendaItems.id))
    .leftJoin(parties, eq(followUps.ownerPartyId, parties.id))
    .where(and(eq(meetings.seriesId, sql.placeholder('seriesId')), lt(meetings.number, sql.placeholder('number')), eq(followUps.status, 'open')))
    .orderBy(desc(meetings.number), asc(followUps.createdAt))
    .limit(200),
);

export type DeferredItem = { id: string; title: string; meetingTitle: string; meetingNumber: number };

/** Items the series' earlier meetings deferred and no later agenda has taken up yet. */
export async function listEarlierDeferredItems(meeting: { id: string; seriesId: string; number: number }, ex: Executor = db): Promise<DeferredItem[]> {
  return earlierDeferredItems(ex).execute({ seriesId: meeting.seriesId, number: meeting.number });
}
const earlierDeferredItems = preparedRead('earlier_deferred_items', (ex) =>
  ex
    .select({ id: agendaItems.id, title: agendaItems.title, meetingTitle: meetings.title, meetingNumber: meetings.number })
    .from(agendaItems)
    .innerJoin(meetings, eq(agendaItems.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.seriesId, sql.placeholder('seriesId')),
        lt(meetings.number, sql.placeholder('number')),
        eq(agendaItems.status, 'deferred'),
        sql`not exists (select 1 from agenda_items taken_up where taken_up.carried_from_item_id = ${agendaItems.id})`,
      ),
    )
    .orderBy(desc(meetings.number), asc(agendaItems.position))
    .limit(200),
);

/**
 * The latest meetings that have follow-ups, newest first: what the follow-ups page filters by, read
 * down the meetings' start-date index until `limit` are found, so it costs the same however many
 * meetings there are. The meeting the filter has chosen comes last when it is not among them.
 */
export async function listMeetingsWithFollowUps(
  limit: number,
  chosenId: string | undefined,
  ex: Executor = db,
): Promise<{ id: string; title: string }[]> {
  const latest = await ex
    .select({ id: meetings.id, title: meetings.title })
    .from(meetings)
    .where(exists(ex.select({ one: sql`1` }).from(followUps).where(eq(followUps.meetingId, meetings.id))))
    .orderBy(desc(meetings.startDate))
    .limit(limit);
  if (!chosenId || latest.some((meeting) => meeting.id === chosenId)) return latest;
  const chosen = await ex.select({ id: meetings.id, title: meetings.title }).from(meetings).where(eq(meetings.id, chosenId));
  return [...latest, ...chosen];
}
