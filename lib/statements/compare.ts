import { diffWords, type Change } from 'diff';
import { numberParagraphs } from './numbering';
import type { ParagraphKind } from './values';

type ComparedParagraph = { key: string; kind: ParagraphKind; text: string };

/** One paragraph of a comparison: its numbers in each revision and the word changes between them. */
export type ParagraphComparison = {
  key: string;
  change: 'unchanged' | 'changed' | 'added' | 'removed';
  beforeNumber: number | null;
  afterNumber: number | null;
  kindChanged: boolean;
  /** The words of both texts in order, each kept, added or removed (from the `diff` library). */
  parts: Change[];
  /** The older text alone, spaced as it was, with the words the newer lacks marked removed. */
  olderParts: Change[];
};

/**
 * The older side of a word diff. Not `parts` less its additions: diffWords keeps the second text's
 * spacing where the two differ, so the older text would read "networks ;" for "networks;". Diffed
 * the other way round, the older text is the second, spaced as written.
 */
function olderSide(older: string, newer: string): Change[] {
  return diffWords(newer, older).map((part) => ({ ...part, added: part.removed, removed: part.added }));
}

/**
 * Compares two revisions paragraph by paragraph (paragraphs are matched by their key, so a moved or
 * renumbered paragraph is still the same one), word by word within each. Removed paragraphs appear
 * where they stood in the older revision.
 */
export function compareRevisions(before: readonly ComparedParagraph[], after: readonly ComparedParagraph[]): ParagraphComparison[] {
  const numberedBefore = numberParagraphs(before);
  const numberedAfter = numberParagraphs(after);
  const afterByKey = new Map(numberedAfter.map((p) => [p.key, p]));
  const beforeKeys = new Set(before.map((p) => p.key));
  const result: ParagraphComparison[] = [];
  let afterIndex = 0;

  const flushAddedUntil = (stop: (key: string) => boolean) => {
    while (afterIndex < numberedAfter.length && !stop(numberedAfter[afterIndex]!.key)) {
      const added = numberedAfter[afterIndex++]!;
      if (!beforeKeys.has(added.key)) {
        const parts = [{ value: added.text, added: true, removed: false, count: 1 }];
        result.push({ key: added.key, change: 'added', beforeNumber: null, afterNumber: added.number, kindChanged: false, parts, olderParts: parts });
      }
    }
  };

  for (const old of numberedBefore) {
    const current = afterByKey.get(old.key);
    if (!current) {
      const parts = [{ value: old.text, added: false, removed: true, count: 1 }];
      result.push({ key: old.key, change: 'removed', beforeNumber: old.number, afterNumber: null, kindChanged: false, parts, olderParts: parts });
      continue;
    }
    flushAddedUntil((key) => key === old.key);
    if (afterIndex < numberedAfter.length && numberedAfter[afterIndex]!.key === old.key) afterIndex++;
    const parts = diffWords(old.text, current.text);
    const kindChanged = old.kind !== current.kind;
    const changed = kindChanged || parts.some((part) => part.added || part.removed);
    // Texts differing in spacing only have no changed word, yet each side keeps its own spacing.
    const olderParts = old.text === current.text ? parts : olderSide(old.text, current.text);
    result.push({ key: old.key, change: changed ? 'changed' : 'unchanged', beforeNumber: old.number, afterNumber: current.number, kindChanged, parts, olderParts });
  }
  flushAddedUntil(() => false);
  return result;
}
