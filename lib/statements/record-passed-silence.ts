import 'server-only';
import type { Tx } from '@/db/client';
import { updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { silenceHasPassed } from './silence';

/**
 * Records the adoption of a statement whose silence procedure passed without objection: adopted at
 * its deadline, by nobody in particular. The caller holds the statement's row lock; the `where status`
 * guard makes a second caller a no-op. Returns the adopted statement, or undefined if there was
 * nothing to record.
 */
export async function recordPassedSilence(tx: Tx, statement: Statement, now: Date): Promise<Statement | undefined> {
  if (statement.status !== 'silence_procedure' || !statement.silenceDeadline) return undefined;
  if (!silenceHasPassed(statement.silenceDeadline, now)) return undefined;
  const adopted = await updateStatementFrom(
    statement.id,
    'silence_procedure',
    { status: 'adopted', adoptedAt: statement.silenceDeadline, adoptionManner: 'silence', silenceDeadline: null },
    tx,
  );
  if (!adopted) return undefined;
  await recordAudit(tx, null, {
    action: 'statement.adopted',
    entityType: 'statement',
    entityId: statement.id,
    change: {
      fields: { statementStatus: { before: 'silence_procedure', after: 'adopted' }, adoptionManner: { after: 'silence' } },
      title: statement.title,
      version: adopted.version,
    },
  });
  return adopted;
}
