import 'server-only';
import { findRoomScreen } from '@/db/queries/floor';
import { findRevisionParagraphs, type RevisionSummary, type StatementRecords } from '@/db/queries/statements';
import type { StatementParagraph } from '@/db/schema';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { commentWithdrawalRefusal } from './amendment-rules';
import { numberParagraphs } from './numbering';
import { readStatement, readStatementRecords, type ReadableStatement } from './read-statement';

export type StatementView = ReadableStatement & {
  revisions: RevisionSummary[];
  /** The revision shown: the latest unless another was asked for. */
  revision: RevisionSummary;
  paragraphs: (StatementParagraph & { number: number | null })[];
  /** The delegations' general comments on its circulated revisions, oldest first, each with whether the reader may withdraw it. */
  comments: (StatementRecords['comments'][number] & { canWithdraw: boolean })[];
  /**
   * For those who run the room: whether its screen shows this text (`text`), the text as amended so far
   * (`amended`) or one of its amendments (by number), so the page says so instead of offering to put it there.
   */
  onRoomScreen: { text: boolean; amended: boolean; amendmentNumber: number | null };
};

// Reads a statement at one of its revisions, with the history of revisions, the delegations' comments
// and what the reader may do.
export async function getStatement({ actor, input }: { actor: Actor; input: { statementId: string; revision?: number } }): Promise<StatementView> {
  const readable = await readStatement(actor, input.statementId);
  const { statement } = readable;
  const number = input.revision ?? statement.currentRevision;
  const [{ revisions, comments }, paragraphs, screen] = await Promise.all([
    readStatementRecords(statement.id),
    findRevisionParagraphs(statement.id, number),
    readable.can.showOnScreen ? findRoomScreen(statement.meetingId) : undefined,
  ]);
  const showsThis = screen?.statementId === statement.id;
  const revision = revisions.find((r) => r.number === number);
  if (!revision) throw new AppError('NOT_FOUND', 'statementNotFound');
  const facts = { actor, meeting: readable.meeting, statement, party: readable.party, now: readable.now };
  return {
    ...readable,
    revisions,
    revision,
    paragraphs: numberParagraphs(paragraphs),
    comments: comments.map((comment) => ({ ...comment, canWithdraw: commentWithdrawalRefusal(facts, { ...comment, withdrawnAt: null }) === null })),
    onRoomScreen: { text: showsThis && screen.shows === 'statement', amended: showsThis && screen.shows === 'amended', amendmentNumber: showsThis ? screen.amendmentNumber : null },
  };
}
