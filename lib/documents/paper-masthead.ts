import type { PDFFont, PDFPage } from 'pdf-lib';
import { drawable } from '../participants/pdf-text';
import { paperDate } from './paper-dates';

/** What the top right corner of a paper says, as on UN documents. */
export type Masthead = {
  symbol: string;
  /** A public paper is for general distribution; a restricted one is not. */
  isPublic: boolean;
  /** The day of issue, in the meeting's time zone. */
  issuedOn: string;
  originalLanguage: string;
};

/** The masthead's lines: the symbol, then distribution, date of issue and original language. */
export function mastheadLines(masthead: Masthead): string[] {
  return [
    masthead.symbol,
    `Distr.: ${masthead.isPublic ? 'General' : 'Restricted'}`,
    paperDate(masthead.issuedOn),
    `Original: ${masthead.originalLanguage}`,
  ];
}

/** Draws the masthead right-aligned from `top`, and returns how far down it reaches. */
export function drawMasthead(page: PDFPage, font: PDFFont, masthead: Masthead, at: { top: number; right: number }): number {
  let y = at.top;
  mastheadLines(masthead).forEach((text, index) => {
    const size = index === 0 ? 10 : 9;
    const line = drawable(font, text);
    page.drawText(line, { x: at.right - font.widthOfTextAtSize(line, size), y: y - size, size, font });
    y -= size + 3;
  });
  return y;
}
