/**
 * PostgreSQL marks the words found in an excerpt of an adopted text with these: control characters a
 * text never holds, so the page shows the marks as <mark> and every other character as typed, with
 * no HTML ever read from the database.
 */
export const excerptMarks = { start: '\u0002', stop: '\u0003' } as const;

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
