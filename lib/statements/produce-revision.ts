import 'server-only';
import { db } from '@/db/client';
import { markAmendmentsMerged } from '@/db/queries/statement-amendments';
import { insertRevision, updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { loadMergePlan } from './amendment-merge';
import { acceptedForMerge, paragraphRefs } from './amendment-rules';
import type { ProduceRevisionInput } from './amendment-schemas';
import { mergeAmendments, type ConflictResolution } from './merge-amendments';
import { assertBasedOnLatestRevision, lockStatementForChange } from './statement-change';

// The secretariat makes the next revision of a circulated text from its accepted amendments, with
// the user's words for each paragraph two of them rewrite, and takes the text back to drafting.
export async function produceRevision({ actor, input }: { actor: Actor; input: ProduceRevisionInput }): Promise<Statement> {
  assertCan(actor, 'statements:draft');
  return db.transaction(async (tx) => {
    const { statement } = await lockStatementForChange(tx, input.statementId);
    if (statement.status !== 'circulated') throw new AppError('INVALID_STATE', 'amendmentMergeNotCirculated');
    await assertBasedOnLatestRevision(tx, statement, input.basedOnRevision);

    const { base, accepted, conflicts } = await loadMergePlan(statement, tx);
    if (accepted.length === 0) throw new AppError('INVALID_STATE', 'amendmentsNoneToMerge');
    const seen = new Set(input.amendmentIds);
    if (seen.size !== accepted.length || accepted.some((a) => !seen.has(a.id))) throw new AppError('CONFLICT', 'amendmentsDecidedMeanwhile');

    const conflicted = new Set(conflicts.map((c) => c.paragraphId));
    const resolutions: Record<string, ConflictResolution> = {};
    for (const resolution of input.resolutions) {
      if (!conflicted.has(resolution.paragraphId)) throw new AppError('CONFLICT', 'amendmentsDecidedMeanwhile');
      resolutions[resolution.paragraphId] = { text: resolution.outcome === 'delete' ? null : resolution.text! };
    }
    const unsettled = conflicts.filter((c) => !(c.paragraphId in resolutions));
    if (unsettled.length > 0) {
      const refs = paragraphRefs(base);
      const numberOf = new Map(accepted.map((a) => [a.id, a.number]));
      const listed = unsettled.map((c) => {
        const ref = refs.get(c.paragraphId)!;
        return `¶ ${ref.kind === 'operative' ? ref.number : `P${ref.number}`}: ${c.amendmentIds.map((id) => numberOf.get(id)).join(', ')}`;
      });
      throw new AppError('CONFLICT', 'amendmentMergeConflicts', undefined, { values: { conflicts: listed.join('; ') } });
    }

    const merged = mergeAmendments(base, accepted.map(acceptedForMerge), resolutions);
    if (!merged.ok) throw new Error('conflicts were settled above');
    if (merged.paragraphs.length === 0) throw new AppError('INVALID_STATE', 'amendmentMergeEmptiesText');
    const number = statement.currentRevision + 1;
    await insertRevision({ statementId: statement.id, number, note: input.note, createdByUserId: actor.id }, merged.paragraphs, tx);
    await markAmendmentsMerged(accepted.map((a) => a.id), number, tx);
    const saved = (await updateStatementFrom(statement.id, 'circulated', { status: 'drafting', currentRevision: number }, tx))!;
    await recordAudit(tx, actor, {
      action: 'statement.merged',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: 'circulated', after: 'drafting' },
          revision: { before: statement.currentRevision, after: number },
          amendmentNumber: { after: accepted.map((a) => a.number).join(', ') },
          ...(input.note && { note: { after: input.note } }),
        },
        version: saved.version,
      },
    });
    return saved;
  });
}
