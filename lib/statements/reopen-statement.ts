import 'server-only';
import { db } from '@/db/client';
import { updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import type { StatementIdInput } from './adoption-schemas';
import { assertChairOf } from './chair';
import { lockStatementForChange } from './statement-change';

// The chair sends a final text back to the secretariat for more drafting, before anyone adopts it.
export async function reopenStatement({ actor, input }: { actor: Actor; input: StatementIdInput }): Promise<Statement> {
  return db.transaction(async (tx) => {
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    assertChairOf(actor, meeting);
    if (statement.status !== 'final') throw new AppError('INVALID_STATE', 'reopenOnlyFinal');
    const reopened = (await updateStatementFrom(statement.id, 'final', { status: 'drafting', finalizedAt: null, finalizedByUserId: null }, tx))!;
    await recordAudit(tx, actor, {
      action: 'statement.reopened',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: 'final', after: 'drafting' },
          finalizedAt: { before: statement.finalizedAt?.toISOString() ?? null, after: null },
        },
        version: reopened.version,
      },
    });
    return reopened;
  });
}
