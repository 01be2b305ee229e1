import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedRead } from '../prepared';
import {
  documents,
  parties,
  statementAmendments,
  statementObjections,
  statementPositions,
  statements,
  type PositionKind,
  type Statement,
} from '../schema';

// Reads and writes of a statement's adoption: objections in its silence procedures, positions on
// the adopted text, the sweep's claim, and what the public may read once it is published.

export async function insertObjection(
  values: { statementId: string; silenceDeadline: Date; partyId: string; userId: string; text: string },
  ex: Executor,
): Promise<void> {
  await ex.insert(statementObjections).values(values);
}

export type ObjectionView = { id: string; partyName: string; userName: string | null; text: string; silenceDeadline: Date; createdAt: Date };

export async function insertPosition(
  values: { statementId: string; partyId: string; kind: PositionKind; text: string; createdByUserId: string },
  ex: Executor,
): Promise<void> {
  await ex.insert(statementPositions).values(values);
}

export type PositionView = { id: string; partyName: string; kind: PositionKind; text: string; createdAt: Date };

/** The parties' positions on the adopted text (unordered: lib/statements/positions.ts orders them). */
export function listPositions(statementId: string, ex: Executor = db): Promise<PositionView[]> {
  return ex
    .select({ id: statementPositions.id, partyName: parties.name, kind: statementPositions.kind, text: statementPositions.text, createdAt: statementPositions.createdAt })
    .from(statementPositions)
    .innerJoin(parties, eq(parties.id, statementPositions.partyId))
    .where(eq(statementPositions.statementId, statementId));
}

/** Accepted amendments not yet merged into a revision: finalizing now would leave them out of the text. */
export async function countUnmergedAcceptedAmendments(statementId: string, ex: Executor): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(statementAmendments)
    .where(and(eq(statementAmendments.statementId, statementId), eq(statementAmendments.status, 'accepted'), sql`${statementAmendments.mergedIntoRevision} is null`));
  return row?.n ?? 0;
}

/**
 * Locks up to `limit` statements whose silence procedure has passed by `now`. `skip locked` passes
 * over rows another sweep (or a use-case) holds, and the status test runs again on the locked row,
 * so each passed procedure is taken by exactly one caller.
 */
export function claimPassedSilenceProcedures(now: Date, limit: number, ex: Executor): Promise<Statement[]> {
  return ex
    .select()
    .from(statements)
    .where(and(eq(statements.status, 'silence_procedure'), lte(statements.silenceDeadline, now)))
    .orderBy(asc(statements.silenceDeadline), asc(statements.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export type PublishedStatementSummary = Pick<Statement, 'id' | 'title' | 'kind' | 'adoptedAt' | 'adoptionManner' | 'publishedAt'> & { symbol: string | null };

/** A meeting's published statements, in the order they were drafted, with the symbol of their issued PDF. */
export function listPublishedStatements(meetingId: string, ex: Executor = db): Promise<PublishedStatementSummary[]> {
  return publishedStatements(ex).execute({ meetingId });
}
const publishedStatements = preparedRead('published_statements', (ex) =>
  ex
    .select({
      id: statements.id,
      title: statements.title,
      kind: statements.kind,
      adoptedAt: statements.adoptedAt,
      adoptionManner: statements.adoptionManner,
      publishedAt: statements.publishedAt,
      symbol: documents.symbol,
    })
    .from(statements)
    .leftJoin(documents, eq(documents.id, statements.documentId))
    .where(and(eq(statements.meetingId, sql.placeholder('meetingId')), eq(statements.status, 'published')))
    .orderBy(asc(statements.createdAt), asc(statements.id)),
);

/** The symbol of the statement's issued PDF, if it has one. */
export async function findDocumentSymbol(documentId: string | null, ex: Executor = db): Promise<string | null> {
  if (!documentId) return null;
  const [row] = await documentSymbol(ex).execute({ documentId });
  return row?.symbol ?? null;
}
const documentSymbol = preparedRead('document_symbol', (ex) =>
  ex.select({ symbol: documents.symbol }).from(documents).where(eq(documents.id, sql.placeholder('documentId'))),
);
