import 'server-only';
import { db } from '@/db/client';
import { findDocumentSummary, isStatementPaper, updateDocumentAccess, type DocumentSummary } from '@/db/queries/documents';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { lockDocumentForChange } from './lock-document';
import type { ChangeDocumentAccessInput } from './schemas';

// Staff make a paper public, or restrict it again (uploaded with the wrong access, or released once
// the meeting has seen it). A published statement's paper stays public: its public page serves it.
export async function changeDocumentAccess({ actor, input }: { actor: Actor; input: ChangeDocumentAccessInput }): Promise<DocumentSummary> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const found = await lockDocumentForChange(tx, input.documentId);
    if (found.withdrawnAt) throw new AppError('INVALID_STATE', 'documentWithdrawn');
    if (!input.isPublic && (await isStatementPaper(found.id, tx))) throw new AppError('INVALID_STATE', 'documentIsStatementPaper');
    // Changed meanwhile to what was asked, it is as asked: nothing to do or to record.
    const changed = await updateDocumentAccess(found.id, !input.isPublic, input.isPublic, tx);
    if (!changed) return (await findDocumentSummary(found.id, tx))!;
    await recordAudit(tx, actor, {
      action: 'document.access_changed',
      entityType: 'document',
      entityId: changed.id,
      change: { fields: { isPublic: { before: !input.isPublic, after: input.isPublic } }, meetingId: changed.meetingId },
    });
    return changed;
  });
}
