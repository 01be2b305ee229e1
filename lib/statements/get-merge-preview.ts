import 'server-only';
import type { Statement } from '@/db/schema';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { mergePlanOf } from './amendment-merge';
import { acceptedForMerge, paragraphRefs, type ParagraphRef } from './amendment-rules';
import { compareRevisions, type ParagraphComparison } from './compare';
import { mergeAmendments, type ConflictResolution } from './merge-amendments';
import { readParagraphsOfRevisions, readStatement, readStatementRecords, type ReadableStatement } from './read-statement';
import type { AmendmentKind } from './values';

type MergedAmendment = {
  id: string;
  number: number;
  kind: AmendmentKind;
  partyName: string;
  target: ParagraphRef;
  words: string | null;
  /** The key of the paragraph it changes in the comparison: the one it targets, or the one it inserts. */
  paragraphKey: string;
};

export type MergePreview = ReadableStatement & {
  basedOnRevision: number;
  nextRevision: number;
  /** The accepted amendments the next revision takes in, by number. */
  amendments: MergedAmendment[];
  /** Paragraphs two or more of them rewrite: the user gives each its final words, or deletes it. */
  conflicts: { paragraphId: string; key: string; target: ParagraphRef; text: string; amendments: MergedAmendment[] }[];
  /** The next revision against the circulated one, word by word; a paragraph in conflict keeps its words until settled. */
  paragraphs: ParagraphComparison[];
  /** Amendments still waiting for a decision: the next revision leaves them as they are. */
  undecided: number;
};

/** What merging a circulated text's accepted amendments would make of it: the merge page's preview, and the text as amended so far. */
export type MergeView = Omit<MergePreview, keyof ReadableStatement>;

/** An inserted paragraph has no key until it is saved; the preview names it by its amendment. */
const insertedKey = (amendmentId: string) => `new-${amendmentId}`;

/**
 * The next revision of a circulated text, as its accepted amendments make it, against the circulated
 * one: from the records and paragraphs its page reads anyway, so the page pays no read for it.
 */
export async function mergeView(statement: Statement): Promise<MergeView> {
  const number = statement.circulatedRevision!;
  const [{ amendments: rows }, paragraphs] = await Promise.all([readStatementRecords(statement.id), readParagraphsOfRevisions(statement.id, [number])]);
  const accepted = rows.filter((r) => r.revisionNumber === number && r.status === 'accepted' && r.mergedIntoRevision === null);
  const plan = mergePlanOf(paragraphs.get(number)!, accepted);
  const refs = paragraphRefs(plan.base);
  const keys = new Map(plan.base.map((p) => [p.id, p.key]));
  const amendments = accepted.map((a) => {
    const merged = acceptedForMerge(a);
    const paragraphKey = merged.kind === 'insert_after' ? insertedKey(a.id) : keys.get(a.paragraphId)!;
    return { id: a.id, number: a.number, kind: merged.kind, partyName: a.partyName, target: refs.get(a.paragraphId)!, words: merged.text, paragraphKey };
  });

  const byId = new Map(amendments.map((a) => [a.id, a]));
  const conflicts = plan.conflicts.map((c) => {
    const paragraph = plan.base.find((p) => p.id === c.paragraphId)!;
    return { paragraphId: c.paragraphId, key: paragraph.key, target: refs.get(c.paragraphId)!, text: paragraph.text, amendments: c.amendmentIds.map((id) => byId.get(id)!) };
  });
  const unsettled: Record<string, ConflictResolution> = Object.fromEntries(conflicts.map((c) => [c.paragraphId, { text: c.text }]));
  const merged = mergeAmendments(plan.base, plan.accepted.map(acceptedForMerge), unsettled);
  const next = merged.ok ? merged.paragraphs.map((p) => ({ ...p, key: p.key ?? insertedKey(p.amendmentIds[0]!) })) : [];

  return {
    basedOnRevision: statement.currentRevision,
    nextRevision: statement.currentRevision + 1,
    amendments,
    conflicts,
    paragraphs: compareRevisions(plan.base, next),
    undecided: rows.filter((r) => r.status === 'proposed').length,
  };
}

// Shows the secretariat what the next revision of a circulated text will be once its accepted
// amendments are merged, and which paragraphs they must settle first.
export async function getMergePreview({ actor, input }: { actor: Actor; input: { statementId: string } }): Promise<MergePreview> {
  const readable = await readStatement(actor, input.statementId);
  if (!readable.can.produceRevision) throw new AppError('FORBIDDEN', 'amendmentMergeNotCirculated');
  return { ...readable, ...(await mergeView(readable.statement)) };
}
