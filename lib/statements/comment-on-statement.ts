import 'server-only';
import { db } from '@/db/client';
import { insertStatementComment } from '@/db/queries/statement-comments';
import type { StatementComment } from '@/db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../permissions';
import { lockStatementForAmendment } from './amendment-change';
import type { CommentOnStatementInput } from './amendment-schemas';
import { commentRefusal } from './amendment-rules';

// A member state's delegate comments, for their own party, on the circulated revision as a whole,
// while it takes amendments: a delegation says what it thinks of the text without proposing words.
// A delegation may comment more than once (its position moves as the text does); each is kept as sent.
export async function commentOnStatement({ actor, input }: { actor: Actor; input: CommentOnStatementInput }): Promise<StatementComment & { meetingId: string }> {
  return db.transaction(async (tx) => {
    // Under the statement's lock, so a comment never lands after the chair closed the text.
    const { meeting, statement, facts } = await lockStatementForAmendment(tx, actor, input.statementId);
    const refusal = commentRefusal(facts);
    if (refusal) throw refusal;
    const partyId = facts.party!.partyId;
    const comment = await insertStatementComment(
      { statementId: statement.id, revisionNumber: statement.circulatedRevision!, partyId, authorUserId: actor.id, body: input.body },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'statement.commented',
      entityType: 'statement',
      entityId: statement.id,
      change: { fields: { partyId: { after: partyId }, revision: { after: comment.revisionNumber }, comment: { after: input.body } } },
    });
    return { ...comment, meetingId: meeting.id };
  });
}
