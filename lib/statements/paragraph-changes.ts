import type { FieldChange } from '../changes';
import { compareRevisions } from './compare';
import type { ParagraphKind } from './values';

type Paragraph = { key: string; kind: ParagraphKind; text: string };

/**
 * What changed in the text between two revisions, paragraph by paragraph, in the shape a refused
 * edit shows ("¶ 2: old words → new words"). Operative paragraphs are named by their number,
 * preambular ones by their place in the preamble.
 */
export function paragraphChanges(older: readonly Paragraph[], newer: readonly Paragraph[]): FieldChange[] {
  const preambleIndex = new Map<string, number>();
  for (const list of [older, newer]) {
    let preambular = 0;
    for (const p of list) if (p.kind === 'preambular' && !preambleIndex.has(p.key)) preambleIndex.set(p.key, ++preambular);
  }
  const textOf = (list: readonly Paragraph[], key: string) => list.find((p) => p.key === key)?.text;
  return compareRevisions(older, newer)
    .filter((p) => p.change !== 'unchanged')
    .map((p) => {
      const number = p.afterNumber ?? p.beforeNumber;
      const before = textOf(older, p.key);
      const after = textOf(newer, p.key);
      return {
        field: number !== null ? `¶ ${number}` : `¶ P${preambleIndex.get(p.key)}`,
        ...(before !== undefined && { before: { kind: 'text' as const, text: before } }),
        ...(after !== undefined && { after: { kind: 'text' as const, text: after } }),
      };
    });
}
