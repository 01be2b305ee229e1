import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptEdgeLength, excerptFragmentDelimiter, excerptMarks, excerptParts, framedExcerpt } from '@/lib/statements/archive-excerpt';

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

describe('framedExcerpt', () => {
  const [s, e] = [excerptMarks.start, excerptMarks.stop];
  const body = 'Report of the meeting\n\nThe meeting reviewed the Clean Air Partnership and its assessments of air pollution.';
  const edges = (text: string) => ({ start: text.slice(0, excerptEdgeLength), end: text.slice(-excerptEdgeLength) });

  it('leaves an excerpt that is the whole text as it is, though it drops the last full stop', () => {
    const excerpt = `Report of the meeting\n\nThe meeting reviewed the Clean Air Partnership and its assessments of air ${s}pollution${e}`;
    expect(framedExcerpt(excerpt, edges(body))).toBe(excerpt);
  });

  it('opens with an ellipsis where it starts inside the text, and ends with one where it stops inside it', () => {
    expect(framedExcerpt(`reviewed the ${s}Clean${e} Air Partnership`, edges(body))).toBe(`… reviewed the ${s}Clean${e} Air Partnership …`);
    expect(framedExcerpt(`Report of the ${s}meeting${e}`, edges(body))).toBe(`Report of the ${s}meeting${e} …`);
    expect(framedExcerpt(`its assessments of air ${s}pollution${e}`, edges(body))).toBe(`… its assessments of air ${s}pollution${e}`);
  });

  it('reads the first and the last of two fragments', () => {
    const excerpt = `Report of the ${s}meeting${e}${excerptFragmentDelimiter}assessments of air ${s}pollution${e}`;
    expect(framedExcerpt(excerpt, edges(body))).toBe(excerpt);
  });

  it('compares no more of a long text than its edges', () => {
    const long = `${'Recalling '.repeat(30)}the meeting.`;
    expect(framedExcerpt(`${'Recalling '.repeat(20)}`, edges(long))).toBe(`${'Recalling '.repeat(20)} …`);
    expect(framedExcerpt(`Recalling ${s}the${e} meeting`, edges(long))).toBe(`… Recalling ${s}the${e} meeting`);
  });
});
