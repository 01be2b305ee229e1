import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import type { MeetingDetail } from './meetings';
import {
  agendaItems,
  documents,
  meetings,
  meetingSeries,
  parties,
  statementParagraphs,
  statementRevisions,
  statements,
  users,
  type Meeting,
  type NewStatement,
  type NewStatementParagraph,
  type Party,
  type Statement,
  type StatementParagraph,
  type StatementRevision,
  type StatementStatus,
} from '../schema';

export async function findStatement(id: string, ex: Executor = db, options: { lock?: boolean } = {}): Promise<Statement | undefined> {
  const query = ex.select().from(statements).where(eq(statements.id, id));
  const [statement] = options.lock ? await query.for('update') : await query;
  return statement;
}

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
};

/**
 * A statement with its meeting (as `findMeetingDetail` gives it), the names its pages show, and the
 * reader's own party, in one statement: every page about a statement starts with this read.
 */
export async function findStatementToRead(statementId: string, readerPartyId: string | null, ex: Executor = db): Promise<StatementToRead | undefined> {
  const [row] = await ex
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
    })
    .from(statements)
    .innerJoin(meetings, eq(meetings.id, statements.meetingId))
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .leftJoin(hosts, eq(hosts.id, meetings.hostPartyId))
    .leftJoin(chairs, eq(chairs.id, meetings.chairUserId))
    .leftJoin(parties, readerPartyId ? eq(parties.id, readerPartyId) : sql`false`)
    .leftJoin(agendaItems, eq(agendaItems.id, statements.agendaItemId))
    .leftJoin(finalizers, eq(finalizers.id, statements.finalizedByUserId))
    .leftJoin(adopters, eq(adopters.id, statements.adoptedByUserId))
    .leftJoin(documents, eq(documents.id, statements.documentId))
    .where(eq(statements.id, statementId));
  if (!row) return undefined;
  const { statement, meeting, seriesCode, seriesName, hostName, chairName, party, ...names } = row;
  return { statement, meeting: { ...meeting, seriesCode, seriesName, hostName, chairName }, party: party?.id ? party : null, names };
}

/**
 * A meeting (who chairs it, where it stands) with its statements, oldest first (the order they
 * were drafted in), in one statement; undefined for no such meeting.
 */
export async function listMeetingStatements(
  meetingId: string,
  ex: Executor = db,
): Promise<{ meeting: Pick<Meeting, 'id' | 'chairUserId' | 'status'>; statements: Statement[] } | undefined> {
  const rows = await ex
    .select({ meeting: { id: meetings.id, chairUserId: meetings.chairUserId, status: meetings.status }, statement: statements })
    .from(meetings)
    .leftJoin(statements, eq(statements.meetingId, meetings.id))
    .where(eq(meetings.id, meetingId))
    .orderBy(asc(statements.createdAt), asc(statements.id));
  if (rows.length === 0) return undefined;
  return { meeting: rows[0]!.meeting, statements: rows.flatMap((row) => (row.statement ? [row.statement] : [])) };
}

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

/** The paragraphs of a revision of a statement, in order. */
export function findRevisionParagraphs(statementId: string, number: number, ex: Executor = db): Promise<StatementParagraph[]> {
  return ex
    .select({
      id: statementParagraphs.id,
      statementId: statementParagraphs.statementId,
      revisionId: statementParagraphs.revisionId,
      position: statementParagraphs.position,
      kind: statementParagraphs.kind,
      text: statementParagraphs.text,
      key: statementParagraphs.key,
      amendmentIds: statementParagraphs.amendmentIds,
    })
    .from(statementParagraphs)
    .innerJoin(statementRevisions, eq(statementRevisions.id, statementParagraphs.revisionId))
    .where(and(eq(statementRevisions.statementId, statementId), eq(statementRevisions.number, number)))
    .orderBy(asc(statementParagraphs.position));
}
