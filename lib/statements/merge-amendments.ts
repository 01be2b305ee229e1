import type { AmendmentKind, ParagraphKind } from './values';

export type BaseParagraph = { id: string; key: string; kind: ParagraphKind; text: string; amendmentIds: readonly string[] };

/** An accepted amendment as merged: `text` is the accepted words (the change made to it, if any). */
export type AcceptedAmendment = {
  id: string;
  number: number;
  kind: AmendmentKind;
  paragraphId: string;
  text: string | null;
  paragraphKind: ParagraphKind | null;
};

/** How the user settled a paragraph two amendments both rewrite: its words, or null to delete it. */
export type ConflictResolution = { text: string | null };

/** A paragraph of the next revision; `key` is null for an inserted paragraph, which gets a new one. */
export type MergedParagraph = { key: string | null; kind: ParagraphKind; text: string; amendmentIds: string[] };

export type MergeConflict = { paragraphId: string; amendmentIds: string[] };

export type MergeResult = { ok: true; paragraphs: MergedParagraph[] } | { ok: false; conflicts: MergeConflict[] };

const byNumber = (a: AcceptedAmendment, b: AcceptedAmendment) => a.number - b.number;

/**
 * The next revision: the base revision with its accepted amendments applied. Replacing and deleting
 * rewrite a paragraph, so two of them on one paragraph are a conflict the user settles (a
 * resolution per paragraph), never a silent win. Insertions after one paragraph go in the order of
 * their numbers, after whatever became of it. Each paragraph keeps the amendments that shaped it
 * before, and gains those merged now.
 */
export function mergeAmendments(
  base: readonly BaseParagraph[],
  amendments: readonly AcceptedAmendment[],
  resolutions: Readonly<Record<string, ConflictResolution>> = {},
): MergeResult {
  const known = new Set(base.map((p) => p.id));
  for (const amendment of amendments) {
    if (!known.has(amendment.paragraphId)) throw new Error(`amendment ${amendment.id} is not against this revision`);
  }

  const rewrites = new Map<string, AcceptedAmendment[]>();
  const inserts = new Map<string, AcceptedAmendment[]>();
  for (const amendment of [...amendments].sort(byNumber)) {
    const target = amendment.kind === 'insert_after' ? inserts : rewrites;
    target.set(amendment.paragraphId, [...(target.get(amendment.paragraphId) ?? []), amendment]);
  }

  const conflicts: MergeConflict[] = [];
  for (const [paragraphId, competing] of rewrites) {
    if (competing.length > 1 && !(paragraphId in resolutions)) {
      conflicts.push({ paragraphId, amendmentIds: competing.map((a) => a.id) });
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };

  const paragraphs: MergedParagraph[] = [];
  for (const paragraph of base) {
    const competing = rewrites.get(paragraph.id) ?? [];
    const shapedBy = [...paragraph.amendmentIds, ...competing.map((a) => a.id)];
    const rewritten = competing.length > 1 ? resolutions[paragraph.id]!.text : competing.length === 1 ? rewrittenText(competing[0]!) : paragraph.text;
    if (rewritten !== null) paragraphs.push({ key: paragraph.key, kind: paragraph.kind, text: rewritten, amendmentIds: shapedBy });
    for (const insertion of inserts.get(paragraph.id) ?? []) {
      paragraphs.push({ key: null, kind: insertion.paragraphKind!, text: insertion.text!, amendmentIds: [insertion.id] });
    }
  }
  return { ok: true, paragraphs };
}

function rewrittenText(amendment: AcceptedAmendment): string | null {
  return amendment.kind === 'delete' ? null : amendment.text!;
}
