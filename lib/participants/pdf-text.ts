import type { PDFFont } from 'pdf-lib';

// pdf-lib's standard fonts encode WinAnsi only: a character they cannot draw (a name in Hangul or
// Cyrillic) would throw, so it is replaced rather than lose the whole document. Participants'
// names are registered in Latin script, as on UN lists; a font with wider coverage is left for later.

export function drawable(font: PDFFont, text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    try {
      font.encodeText(char);
      result += char;
    } catch {
      result += '?';
    }
  }
  return result;
}

/** Splits text into lines no wider than `width` at `size`, breaking at spaces (a long word alone on its line is cut). */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const words = drawable(font, text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
