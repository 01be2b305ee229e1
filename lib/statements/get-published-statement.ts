import 'server-only';
import { db } from '@/db/client';
import { findMeetingDetail } from '@/db/queries/meetings';
import { findDocumentSymbol } from '@/db/queries/statement-adoption';
import { findStatement } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { readStatementPaper } from './read-statement-paper';
import type { StatementPaper } from './statement-paper';

export type PublishedStatement = {
  statement: Pick<Statement, 'id' | 'title' | 'kind' | 'adoptedAt' | 'adoptionManner' | 'publishedAt' | 'documentId'>;
  meeting: { id: string; title: string; timeZone: string };
  /** The adopted text as the page, the PDF and the DOCX show it, with the parties' positions. */
  paper: StatementPaper;
};

// What anyone, signed out too, may read of a published statement: its adopted text, numbered, with
// the parties' positions. A statement not yet published is as missing as one that does not exist.
export async function getPublishedStatement({ input }: { input: { statementId: string } }): Promise<PublishedStatement> {
  if (!isId(input.statementId)) throw new AppError('NOT_FOUND', 'statementNotFound');
  const statement = await findStatement(input.statementId);
  if (!statement || statement.status !== 'published') throw new AppError('NOT_FOUND', 'statementNotFound');
  const [meeting, symbol] = await Promise.all([findMeetingDetail(statement.meetingId), findDocumentSymbol(statement.documentId)]);
  const paper = await readStatementPaper(db, statement, meeting!, symbol);
  return {
    statement,
    meeting: { id: meeting!.id, title: meeting!.title, timeZone: meeting!.timeZone },
    paper,
  };
}
