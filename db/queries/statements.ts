import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql, type Placeholder } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { preparedRead } from '../prepared';
import type { MeetingDetail } from './meetings';
import {
  agendaItems,
  documents,
  meetings,
  meetingSeries,
  parties,
  roomScreens,
  statementAmendmentSponsors,
  statementAmendments,
  statementComments,
  statementObjections,
  statementParagraphs,
  statementRevisions,
  statements,
  users,
  type NewStatement,
  type NewStatementParagraph,
  type Party,
  type RoomScreen,
  type Statement,
  type StatementParagraph,
  type StatementRevision,
  type StatementStatus,
} from '../schema';

export async function findStatement(id: string, ex: Executor = db, options: { lock?: boolean } = {}): Promise<Statement | undefined> {
  const [statement] = options.lock ? await statementQuery(ex, id).for('update') : await statementById(ex).execute({ id });
  return statement;
}
const statementQuery = (ex: Executor, id: string | Placeholder) => ex.select().from(statements).where(eq(statements.id, id));
const statementById = preparedRead('statement_by_id', (ex) => statementQuery(ex, sql.placeholder('id')));

const hosts = alias(parties, 'hosts');
const chairs = alias(users, 'chairs');
const finalizers = alias(users, 'finalizers');
const adopters = alias(users, 'adopters');

/** What a statement's pages show beside its text: names of the records it points to. */
export type StatementNames = { agendaItemTitle: string | null; finalizedByName: string | null; adoptedByName: string | null; symbol: string | null };

export type StatementToRead = {
  statement: Statement;
  meeting: MeetingDetail;
  /** The reader's own party, if they have one. */
  party: Pick<Party, 'id' | 'kind' | 'name'> | null;
  names: StatementNames;
  /** What its meeting's room screen shows (nothing when the chair never set it). */
  screen: Pick<RoomScreen, 'shows' | 'statementId' | 'amendmentNumber'> | null;
};

/**
 * A statement with its meeting (as `findMeetingDetail` gives it), the names its pages show, the
 * reader's own party and what the meeting's room screen shows, in one statement: every page about a
 * statement starts with this read.
 */
export async function findStatementToRead(statementId: string, readerPartyId: string | null, ex: Executor = db): Promise<StatementToRead | undefined> {
  const [row] = await statementToRead(ex).execute({ statementId, readerPartyId });
  if (!row) return undefined;
  const { statement, meeting, seriesCode, seriesName, hostName, chairName, party, screen, ...names } = row;
  return { statement, meeting: { ...meeting, seriesCode, seriesName, hostName, chairName }, party: party?.id ? party : null, names, screen: screen?.shows ? screen : null };
}
// Without a party, the reader's id is null and `parties.id = null` joins no party.
const statementToRead = preparedRead('statement_to_read', (ex) =>
  ex
    .select({
      statement: statements,
      meeting: meetings,
      seriesCode: meetingSeries.code,
      seriesName: meetingSeries.name,
      hostName: hosts.name,
      chairName: chairs.name,
      party: { id: parties.id, kind: parties.kind, name: parties.name },
      agendaItemTitle: agendaItems.title,
      finalizedByName: finalizers.name,
      adoptedByName: adopters.name,
      symbol: documents.symbol,
      screen: { shows: roomScreens.shows, statementId: roomScreens.statementId, amendmentNumber: roomScreens.amendmentNumber },
    })
    .from(statements)
    .innerJoin(meetings, eq(meetings.id, statements.meetingId))
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .leftJoin(hosts, eq(hosts.id, meetings.hostPartyId))
    .leftJoin(chairs, eq(chairs.id, meetings.chairUserId))
    .leftJoin(parties, eq(parties.id, sql.placeholder('readerPartyId')))
    .leftJoin(agendaItems, eq(agendaItems.id, statements.agendaItemId))
    .leftJoin(finalizers, eq(finalizers.id, statements.finalizedByUserId))
    .leftJoin(adopters, eq(adopters.id, statements.adoptedByUserId))
    .leftJoin(documents, eq(documents.id, statements.documentId))
    .leftJoin(roomScreens, eq(roomScreens.meetingId, statements.meetingId))
    .where(eq(statements.id, sql.placeholder('statementId'))),
);

export async function insertStatement(values: NewStatement, ex: Executor): Promise<Statement> {
  const [statement] = await ex.insert(statements).values(values).returning();
  return statement!;
}

/**
 * Changes a statement only if it still has the status the caller checked (the lifecycle's guard in
 * SQL), raising its version; undefined when the status moved meanwhile.
 */
export async function updateStatementFrom(
  id: string,
  from: StatementStatus,
  values: Partial<NewStatement>,
  ex: Executor,
): Promise<Statement | undefined> {
  const [statement] = await ex
    .update(statements)
    .set({ ...values, version: sql`${statements.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(statements.id, id), eq(statements.status, from)))
    .returning();
  return statement;
}

export type ParagraphDraft = Pick<NewStatementParagraph, 'kind' | 'text'> & { key?: string | null; amendmentIds?: string[] };

/** A new revision with its paragraphs in the order given. */
export async function insertRevision(
  values: { statementId: string; number: number; note: string | null; createdByUserId: string | null },
  paragraphs: readonly ParagraphDraft[],
  ex: Executor,
): Promise<StatementRevision> {
  const [revision] = await ex.insert(statementRevisions).values(values).returning();
  if (paragraphs.length > 0) {
    await ex.insert(statementParagraphs).values(
      paragraphs.map((p, position) => ({
        statementId: values.statementId,
        revisionId: revision!.id,
        position,
        kind: p.kind,
        text: p.text,
        ...(p.key ? { key: p.key } : {}),
        amendmentIds: p.amendmentIds ?? [],
      })),
    );
  }
  return revision!;
}

export async function findRevision(statementId: string, number: number, ex: Executor = db): Promise<StatementRevision | undefined> {
  const [revision] = await ex
    .select()
    .from(statementRevisions)
    .where(and(eq(statementRevisions.statementId, statementId), eq(statementRevisions.number, number)));
  return revision;
}

export type RevisionSummary = StatementRevision & { authorName: string | null };

/** A statement's revisions, newest first, with who saved each. */
export function listRevisions(statementId: string, ex: Executor = db): Promise<RevisionSummary[]> {
  return ex
    .select({
      id: statementRevisions.id,
      statementId: statementRevisions.statementId,
      number: statementRevisions.number,
      note: statementRevisions.note,
      createdByUserId: statementRevisions.createdByUserId,
      createdAt: statementRevisions.createdAt,
      authorName: users.name,
    })
    .from(statementRevisions)
    .leftJoin(users, eq(users.id, statementRevisions.createdByUserId))
    .where(eq(statementRevisions.statementId, statementId))
    .orderBy(desc(statementRevisions.number));
}

/**
 * A statement's records as its page lists them, in one statement: its revisions (newest first, with
 * who saved each), its amendments (by number, with the revision each was proposed against, who
 * proposed, decided and co-sponsored it), the objections lodged against it (oldest first) and the
 * parties' positions with who recorded each (unordered: lib/statements/positions.ts orders them).
 */
export async function findStatementRecords(statementId: string, ex: Executor = db) {
  const row = await statementRecords(ex).execute({ statementId });
  if (!row) return undefined;
  return {
    revisions: row.revisions.map(({ author, ...revision }): RevisionSummary => ({ ...revision, authorName: author?.name ?? null })),
    amendments: row.amendments.map(({ revision, party, proposer, decider, sponsors, ...amendment }) => ({
      ...amendment,
      revisionNumber: revision.number,
      partyName: party.name,
      proposerName: proposer?.name ?? null,
      deciderName: decider?.name ?? null,
      sponsors: sponsors.map((sponsor) => ({ partyId: sponsor.partyId, partyName: sponsor.party.name, userName: sponsor.user?.name ?? null })),
    })),
    objections: row.objections.map(({ id, party, user, text, silenceDeadline, createdAt }) => ({
      id,
      partyName: party.name,
      userName: user?.name ?? null,
      text,
      silenceDeadline,
      createdAt,
    })),
    positions: row.positions.map(({ id, party, recorder, kind, text, createdAt }) => ({
      id,
      partyName: party.name,
      recorderName: recorder?.name ?? null,
      kind,
      text,
      createdAt,
    })),
    comments: row.comments.map(({ id, revisionNumber, partyId, party, author, body, createdAt }) => ({
      id,
      revisionNumber,
      partyId,
      partyName: party.name,
      authorName: author?.name ?? null,
      body,
      createdAt,
    })),
  };
}

const nameOnly = { columns: { name: true } } as const;
const statementRecords = preparedRead('statement_records', (ex) =>
  ex.query.statements.findFirst({
    where: eq(statements.id, sql.placeholder('statementId')),
    columns: { id: true },
    with: {
      revisions: { orderBy: [desc(statementRevisions.number)], with: { author: nameOnly } },
      amendments: {
        orderBy: [asc(statementAmendments.number)],
        with: {
          revision: { columns: { number: true } },
          party: nameOnly,
          proposer: nameOnly,
          decider: nameOnly,
          sponsors: { orderBy: [asc(statementAmendmentSponsors.createdAt)], with: { party: nameOnly, user: nameOnly } },
        },
      },
      objections: { orderBy: [asc(statementObjections.createdAt), asc(statementObjections.id)], with: { party: nameOnly, user: nameOnly } },
      positions: { with: { party: nameOnly, recorder: nameOnly } },
      comments: {
        where: isNull(statementComments.withdrawnAt),
        orderBy: [asc(statementComments.createdAt), asc(statementComments.id)],
        with: { party: nameOnly, author: nameOnly },
      },
    },
  }),
);

export type StatementRecords = NonNullable<Awaited<ReturnType<typeof findStatementRecords>>>;

const paragraphColumns = {
  id: statementParagraphs.id,
  statementId: statementParagraphs.statementId,
  revisionId: statementParagraphs.revisionId,
  position: statementParagraphs.position,
  kind: statementParagraphs.kind,
  text: statementParagraphs.text,
  key: statementParagraphs.key,
  amendmentIds: statementParagraphs.amendmentIds,
};

/** The paragraphs of some revisions of a statement, in order, by revision number. */
export async function findParagraphsOfRevisions(statementId: string, numbers: readonly number[], ex: Executor = db): Promise<Map<number, StatementParagraph[]>> {
  const byRevision = new Map<number, StatementParagraph[]>(numbers.map((number) => [number, []]));
  if (numbers.length === 0) return byRevision;
  const rows = await ex
    .select({ revisionNumber: statementRevisions.number, paragraph: paragraphColumns })
    .from(statementParagraphs)
    .innerJoin(statementRevisions, eq(statementRevisions.id, statementParagraphs.revisionId))
    .where(and(eq(statementRevisions.statementId, statementId), inArray(statementRevisions.number, [...numbers])))
    .orderBy(asc(statementRevisions.number), asc(statementParagraphs.position));
  for (const { revisionNumber, paragraph } of rows) byRevision.get(revisionNumber)!.push(paragraph);
  return byRevision;
}

/** The paragraphs of a revision of a statement, in order. */
export function findRevisionParagraphs(statementId: string, number: number, ex: Executor = db): Promise<StatementParagraph[]> {
  return revisionParagraphs(ex).execute({ statementId, number });
}
const revisionParagraphs = preparedRead('revision_paragraphs', (ex) =>
  ex
    .select(paragraphColumns)
    .from(statementParagraphs)
    .innerJoin(statementRevisions, eq(statementRevisions.id, statementParagraphs.revisionId))
    .where(and(eq(statementRevisions.statementId, sql.placeholder('statementId')), eq(statementRevisions.number, sql.placeholder('number'))))
    .orderBy(asc(statementParagraphs.position)),
);
