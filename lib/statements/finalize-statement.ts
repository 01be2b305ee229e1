import 'server-only';
import { db } from '@/db/client';
import { countUnmergedAcceptedAmendments } from '@/db/queries/statement-adoption';
import { updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import type { FinalizeStatementInput } from './adoption-schemas';
import { assertChairOf } from './chair';
import { assertStatementTransition } from './lifecycle';
import { assertBasedOnLatestRevision, lockStatementForChange } from './statement-change';

// The chair of the meeting closes the text: no further amendments; it waits for adoption.
export async function finalizeStatement({ actor, input }: { actor: Actor; input: FinalizeStatementInput }): Promise<Statement> {
  return db.transaction(async (tx) => {
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    assertChairOf(actor, meeting);
    assertStatementTransition(statement.status, 'final');
    await assertBasedOnLatestRevision(tx, statement, input.basedOnRevision);
    const unmerged = await countUnmergedAcceptedAmendments(statement.id, tx);
    if (unmerged > 0) throw new AppError('INVALID_STATE', 'finalizeUnmergedAmendments', undefined, { values: { count: unmerged } });

    const finalizedAt = appNow();
    const finalized = (await updateStatementFrom(statement.id, statement.status, { status: 'final', finalizedAt, finalizedByUserId: actor.id }, tx))!;
    await recordAudit(tx, actor, {
      action: 'statement.finalized',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: statement.status, after: 'final' },
          revision: { after: statement.currentRevision },
          finalizedAt: { after: finalizedAt.toISOString() },
        },
        version: finalized.version,
      },
    });
    return finalized;
  });
}
