import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '../client';
import {
  meetings,
  statementParagraphs,
  statementRevisions,
  statements,
  users,
  type Meeting,
  type NewStatement,
  type NewStatementParagraph,
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
