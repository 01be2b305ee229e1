import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawMasthead } from '../documents/paper-masthead';
import { drawable, wrapText } from '../participants/pdf-text';
import type { StatementPaper } from './statement-paper';

// The adopted statement as a PDF (pdf-lib): the paper issued at publication, which gives the
// statement its symbol, and the demo's published statement come from this one renderer.

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 64;
const numberColumn = 28;

/** `issuedOn`: the day the paper is issued, in the meeting's zone, for its masthead beside the symbol. */
export async function renderStatementPdf(paper: StatementPaper, issue?: { issuedOn: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(paper.symbol ? `${paper.symbol}: ${paper.title}` : paper.title);
  pdf.setCreator('Secretariat');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = pageSize[0] - 2 * margin;

  let page: PDFPage = pdf.addPage(pageSize);
  let y = pageSize[1] - margin;
  const write = (text: string, font: PDFFont, size: number, options: { indent?: number; gap?: number } = {}) => {
    const { indent = 0, gap = 4 } = options;
    for (const line of wrapText(font, text, size, width - indent)) {
      if (y - size < margin) {
        page = pdf.addPage(pageSize);
        y = pageSize[1] - margin;
      }
      page.drawText(line, { x: margin + indent, y: y - size, size, font, color: rgb(0, 0, 0) });
      y -= size + gap;
    }
  };

  if (paper.symbol && issue) {
    // A published text is a paper for general distribution.
    const masthead = { symbol: paper.symbol, isPublic: true, issuedOn: issue.issuedOn, originalLanguage: 'English' };
    y = drawMasthead(page, regular, masthead, { top: y, right: pageSize[0] - margin }) - 14;
  } else if (paper.symbol) {
    const symbol = drawable(regular, paper.symbol);
    page.drawText(symbol, { x: pageSize[0] - margin - regular.widthOfTextAtSize(symbol, 9), y: y - 9, size: 9, font: regular });
    y -= 22;
  }
  write(paper.meetingTitle, regular, 10);
  y -= 10;
  write(paper.title, bold, 15, { gap: 6 });
  write(paper.kindLabel, regular, 10);
  write(paper.adoptionLine, italic, 10);
  y -= 14;

  for (const paragraph of paper.paragraphs) {
    // An operative paragraph's number hangs in the margin column; the preamble is set in italics.
    if (paragraph.number !== null) {
      if (y - 11 < margin) {
        page = pdf.addPage(pageSize);
        y = pageSize[1] - margin;
      }
      page.drawText(`${paragraph.number}.`, { x: margin, y: y - 11, size: 11, font: regular });
    }
    write(paragraph.text, paragraph.kind === 'preambular' ? italic : regular, 11, { indent: numberColumn, gap: 5 });
    y -= 8;
  }

  if (paper.positions.length > 0) {
    y -= 10;
    write('Positions of parties', bold, 12, { gap: 8 });
    for (const position of paper.positions) {
      write(`${position.partyName}: ${position.kindLabel}`, bold, 10);
      write(position.text, regular, 10, { gap: 4 });
      y -= 6;
    }
  }
  return pdf.save();
}
