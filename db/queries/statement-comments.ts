import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { statementComments, type NewStatementComment, type StatementComment } from '../schema';

// A statement's comments are read with its other records (findStatementRecords, statements.ts).

export async function insertStatementComment(values: NewStatementComment, ex: Executor): Promise<StatementComment> {
  const [comment] = await ex.insert(statementComments).values(values).returning();
  return comment!;
}

export async function findStatementComment(id: string, ex: Executor = db): Promise<StatementComment | undefined> {
  const [comment] = await ex.select().from(statementComments).where(eq(statementComments.id, id));
  return comment;
}

/** Marks the comment withdrawn, only if it is not already: a second withdrawal updates nothing. */
export async function markStatementCommentWithdrawn(id: string, by: { userId: string; at: Date }, ex: Executor): Promise<StatementComment | undefined> {
  const [comment] = await ex
    .update(statementComments)
    .set({ withdrawnAt: by.at, withdrawnByUserId: by.userId })
    .where(and(eq(statementComments.id, id), isNull(statementComments.withdrawnAt)))
    .returning();
  return comment;
}
