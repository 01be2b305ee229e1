import 'server-only';
import type { RevisionSummary, StatementRecords } from '@/db/queries/statements';
import type { StatementParagraph } from '@/db/schema';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { commentWithdrawalRefusal } from './amendment-rules';
import { numberParagraphs } from './numbering';
import { readParagraphsOfRevisions, readStatement, readStatementRecords, type ReadableStatement } from './read-statement';

export type StatementView = ReadableStatement & {
  revisions: RevisionSummary[];
  /** The revision shown: the latest unless another was asked for. */
  revision: RevisionSummary;
  paragraphs: (StatementParagraph & { number: number | null })[];
  /** The delegations' general comments on its circulated revisions, oldest first, each with whether the reader may withdraw it. */
  comments: (StatementRecords['comments'][number] & { canWithdraw: boolean })[];
};

// Reads a statement at one of its revisions, with the history of revisions, the delegations' comments
// and what the reader may do.
export async function getStatement({ actor, input }: { actor: Actor; input: { statementId: string; revision?: number } }): Promise<StatementView> {
  const readable = await readStatement(actor, input.statementId);
  const { statement } = readable;
  const number = input.revision ?? statement.currentRevision;
  const [{ revisions, comments }, paragraphs] = await Promise.all([readStatementRecords(statement.id), readParagraphsOfRevisions(statement.id, [number])]);
  const revision = revisions.find((r) => r.number === number);
  if (!revision) throw new AppError('NOT_FOUND', 'statementNotFound');
  const facts = { actor, meeting: readable.meeting, statement, party: readable.party, now: readable.now };
  return {
    ...readable,
    revisions,
    revision,
    paragraphs: numberParagraphs(paragraphs.get(number)!),
    comments: comments.map((comment) => ({ ...comment, canWithdraw: commentWithdrawalRefusal(facts, { ...comment, withdrawnAt: null }) === null })),
  };
}
