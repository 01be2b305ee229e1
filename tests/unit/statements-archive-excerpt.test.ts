import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptMarks, excerptParts } from '@/lib/statements/archive-excerpt';

const { start, stop } = excerptMarks;

describe('excerptParts', () => {
  it('parts the words found from the words around them', () => {
    expect(excerptParts(`thirty years of ${start}cooperation${stop} in ${start}Asia${stop}`)).toEqual([
      { text: 'thirty years of ', isMatch: false },
      { text: 'cooperation', isMatch: true },
      { text: ' in ', isMatch: false },
      { text: 'Asia', isMatch: true },
    ]);
    expect(excerptParts(`${start}Clean${stop} ${start}Air${stop}`)).toEqual([
      { text: 'Clean', isMatch: true },
      { text: ' ', isMatch: false },
      { text: 'Air', isMatch: true },
    ]);
  });

  it('keeps markup-like text as text, and an excerpt without marks whole', () => {
    expect(excerptParts('<b>not bold</b> & <script>')).toEqual([{ text: '<b>not bold</b> & <script>', isMatch: false }]);
    expect(excerptParts('')).toEqual([]);
  });

  it('loses no character but the marks, whatever the text', () => {
    const piece = fc.string().map((text) => text.replaceAll(start, '').replaceAll(stop, ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, piece)), piece, (marked, tail) => {
        const excerpt = marked.map(([before, word]) => `${before}${start}${word}${stop}`).join('') + tail;
        const parts = excerptParts(excerpt);
        expect(parts.map((part) => part.text).join('')).toBe(excerpt.replaceAll(start, '').replaceAll(stop, ''));
        expect(parts.filter((part) => part.isMatch).map((part) => part.text)).toEqual(marked.map(([, word]) => word).filter(Boolean));
      }),
    );
  });
});
