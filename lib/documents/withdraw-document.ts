import 'server-only';
import { db, type Tx } from '@/db/client';
import { isAgendaPaper, isStatementPaper, markDocumentWithdrawn, type DocumentSummary } from '@/db/queries/documents';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { lockDocumentForChange } from './lock-document';
import type { WithdrawDocumentInput } from './schemas';
import { withdrawalRefusal, type PaperUse } from './withdrawal';

async function paperUse(documentId: string, tx: Tx): Promise<PaperUse | undefined> {
  if (await isStatementPaper(documentId, tx)) return 'statement';
  return (await isAgendaPaper(documentId, tx)) ? 'agenda' : undefined;
}

// Staff take back a paper issued by mistake (the wrong file, the wrong meeting). It leaves every
// list but staff's, its file opens for staff alone, and its symbol is never given to another paper,
// as a UN symbol once issued is not reused.
export async function withdrawDocument({ actor, input, now = new Date() }: { actor: Actor; input: WithdrawDocumentInput; now?: Date }): Promise<DocumentSummary> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const found = await lockDocumentForChange(tx, input.documentId);
    const refusal = withdrawalRefusal(found, await paperUse(found.id, tx));
    if (refusal) throw new AppError('INVALID_STATE', refusal);
    const withdrawn = (await markDocumentWithdrawn(found.id, { at: now, reason: input.reason }, tx))!;
    await recordAudit(tx, actor, {
      action: 'document.withdrawn',
      entityType: 'document',
      entityId: withdrawn.id,
      change: { reason: input.reason, meetingId: withdrawn.meetingId },
    });
    return withdrawn;
  });
}
