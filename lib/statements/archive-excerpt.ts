/**
 * PostgreSQL marks the words found in an excerpt of an adopted text with these: control characters a
 * text never holds, so the page shows the marks as <mark> and every other character as typed, with
 * no HTML ever read from the database.
 */
export const excerptMarks = { start: '\u0002', stop: '\u0003' } as const;

/** What PostgreSQL puts between two fragments of an excerpt, and where an excerpt cuts the text short. */
export const excerptEllipsis = '…';
export const excerptFragmentDelimiter = ` ${excerptEllipsis} `;

/** How much of each end of a text `framedExcerpt` needs to see. */
export const excerptEdgeLength = 100;

// The excerpt leaves out punctuation at a fragment's ends ("pollution." comes back "pollution").
const trimmedEnd = (text: string) => text.replace(/[\s\p{P}]+$/u, '');
const trimmedStart = (text: string) => text.replace(/^[\s\p{P}]+/u, '');

/**
 * The excerpt with an ellipsis where it starts or ends inside the text, as a reader expects of an
 * excerpt: `edges` are the text's first and last `excerptEdgeLength` characters.
 */
export function framedExcerpt(excerpt: string, edges: { start: string; end: string }): string {
  const plain = excerpt.replaceAll(excerptMarks.start, '').replaceAll(excerptMarks.stop, '');
  const fragments = plain.split(excerptFragmentDelimiter);
  const first = trimmedStart(fragments[0]!);
  const last = trimmedEnd(fragments.at(-1)!);
  const [start, end] = [trimmedStart(edges.start), trimmedEnd(edges.end)];
  const n = Math.min(first.length, start.length);
  const m = Math.min(last.length, end.length);
  const startsText = first.slice(0, n) === start.slice(0, n);
  const endsText = last.slice(last.length - m) === end.slice(end.length - m);
  return `${startsText ? '' : `${excerptEllipsis} `}${excerpt}${endsText ? '' : ` ${excerptEllipsis}`}`;
}

export type ExcerptPart = { text: string; isMatch: boolean };

/** An excerpt cut at its marks: the words found, and the words around them. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [index, piece] of excerpt.split(excerptMarks.start).entries()) {
    const [found, rest] = index === 0 ? [undefined, piece] : splitOnce(piece, excerptMarks.stop);
    if (found) parts.push({ text: found, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

function splitOnce(piece: string, separator: string): [string, string] {
  const at = piece.indexOf(separator);
  return at < 0 ? [piece, ''] : [piece.slice(0, at), piece.slice(at + separator.length)];
}
