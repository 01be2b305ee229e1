import 'server-only';
import { db } from '@/db/client';
import { findRevisionParagraphs, insertRevision, updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { isTextEditable } from './lifecycle';
import type { SaveRevisionInput } from './schemas';
import { assertBasedOnLatestRevision, lockStatementForChange } from './statement-change';

// The secretariat saves a change of the text while drafting: it becomes the next numbered revision.
export async function saveRevision({ actor, input }: { actor: Actor; input: SaveRevisionInput }): Promise<Statement> {
  assertCan(actor, 'statements:draft');
  return db.transaction(async (tx) => {
    const { statement } = await lockStatementForChange(tx, input.statementId);
    if (!isTextEditable(statement.status)) throw new AppError('INVALID_STATE', 'statementTextNotEditable');
    await assertBasedOnLatestRevision(tx, statement, input.basedOnRevision);

    const current = await findRevisionParagraphs(statement.id, statement.currentRevision, tx);
    const byKey = new Map(current.map((p) => [p.key, p]));
    const seen = new Set<string>();
    input.paragraphs.forEach((p, index) => {
      if (p.key && (!byKey.has(p.key) || seen.has(p.key))) throw new AppError('CONFLICT', 'invalid', { [`paragraphs.${index}.text`]: 'paragraphKeyUnknown' });
      if (p.key) seen.add(p.key);
    });
    const unchanged =
      input.paragraphs.length === current.length &&
      input.paragraphs.every((p, i) => p.key === current[i]!.key && p.kind === current[i]!.kind && p.text === current[i]!.text);
    if (unchanged) throw new AppError('INVALID_STATE', 'statementUnchanged');

    const number = statement.currentRevision + 1;
    // A paragraph keeps the amendments that shaped it for as long as it lives on.
    const paragraphs = input.paragraphs.map((p) => ({ ...p, amendmentIds: p.key ? byKey.get(p.key)!.amendmentIds : [] }));
    await insertRevision({ statementId: statement.id, number, note: input.note, createdByUserId: actor.id }, paragraphs, tx);
    const saved = (await updateStatementFrom(statement.id, 'drafting', { currentRevision: number }, tx))!;
    await recordAudit(tx, actor, {
      action: 'statement.revised',
      entityType: 'statement',
      entityId: statement.id,
      change: { fields: { revision: { before: statement.currentRevision, after: number }, ...(input.note && { note: { after: input.note } }) }, version: saved.version },
    });
    return saved;
  });
}
