import 'server-only';
import { db } from '@/db/client';
import { findStatementComment, markStatementCommentWithdrawn } from '@/db/queries/statement-comments';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { lockStatementForAmendment } from './amendment-change';
import { commentWithdrawalRefusal } from './amendment-rules';
import type { CommentRefInput } from './amendment-schemas';

// A delegation takes back one of its comments while the text still takes comments: the comment
// leaves the statement's page for every reader, and the audit log keeps what it said.
export async function withdrawStatementComment({ actor, input }: { actor: Actor; input: CommentRefInput }) {
  const found = await findStatementComment(input.commentId);
  if (!found) throw new AppError('NOT_FOUND', 'statementCommentNotFound');
  return db.transaction(async (tx) => {
    // Under the statement's lock, as comments are made: the chair cannot close the text in between.
    const { facts } = await lockStatementForAmendment(tx, actor, found.statementId);
    const comment = (await findStatementComment(found.id, tx))!;
    const refusal = commentWithdrawalRefusal(facts, comment);
    if (refusal) throw refusal;
    const withdrawn = await markStatementCommentWithdrawn(comment.id, { userId: actor.id, at: facts.now }, tx);
    if (!withdrawn) throw new AppError('CONFLICT', 'statementCommentWithdrawn');
    await recordAudit(tx, actor, {
      action: 'statement.comment_withdrawn',
      entityType: 'statement',
      entityId: comment.statementId,
      change: { fields: { partyId: { after: comment.partyId }, revision: { after: comment.revisionNumber }, comment: { before: comment.body } } },
    });
    return { comment: { id: comment.id } };
  });
}
