import 'server-only';
import { findRevisionParagraphs, type RevisionSummary } from '@/db/queries/statements';
import type { StatementParagraph } from '@/db/schema';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { numberParagraphs } from './numbering';
import { readStatement, readStatementRecords, type ReadableStatement } from './read-statement';

export type StatementView = ReadableStatement & {
  revisions: RevisionSummary[];
  /** The revision shown: the latest unless another was asked for. */
  revision: RevisionSummary;
  paragraphs: (StatementParagraph & { number: number | null })[];
};

// Reads a statement at one of its revisions, with the history of revisions and what the reader may do.
export async function getStatement({ actor, input }: { actor: Actor; input: { statementId: string; revision?: number } }): Promise<StatementView> {
  const readable = await readStatement(actor, input.statementId);
  const { statement } = readable;
  const number = input.revision ?? statement.currentRevision;
  const [{ revisions }, paragraphs] = await Promise.all([readStatementRecords(statement.id), findRevisionParagraphs(statement.id, number)]);
  const revision = revisions.find((r) => r.number === number);
  if (!revision) throw new AppError('NOT_FOUND', 'statementNotFound');
  return { ...readable, revisions, revision, paragraphs: numberParagraphs(paragraphs) };
}
