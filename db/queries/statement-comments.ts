import 'server-only';
import type { Executor } from '../client';
import { statementComments, type NewStatementComment, type StatementComment } from '../schema';

// A statement's comments are read with its other records (findStatementRecords, statements.ts).

export async function insertStatementComment(values: NewStatementComment, ex: Executor): Promise<StatementComment> {
  const [comment] = await ex.insert(statementComments).values(values).returning();
  return comment!;
}
