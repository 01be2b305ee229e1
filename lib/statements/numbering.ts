import type { ParagraphKind } from './values';

/**
 * Operative paragraphs are numbered 1, 2, 3 in their order; preambular ones carry no number. The
 * numbers are derived from the order every time, so inserting or deleting a paragraph renumbers the
 * rest and nothing stored can disagree.
 */
export function numberParagraphs<T extends { kind: ParagraphKind }>(paragraphs: readonly T[]): (T & { number: number | null })[] {
  let operative = 0;
  return paragraphs.map((paragraph) => ({ ...paragraph, number: paragraph.kind === 'operative' ? ++operative : null }));
}
