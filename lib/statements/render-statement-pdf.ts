import { PDFDocument, StandardFonts } from 'pdf-lib';
import { drawMasthead } from '../documents/paper-masthead';
import { drawable } from '../participants/pdf-text';
import { textFlow } from '../pdf/text-flow';
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
  const flow = textFlow(pdf, { pageSize, margin });
  const { write, skip } = flow;

  const top = pageSize[1] - margin;
  if (paper.symbol && issue) {
    // A published text is a paper for general distribution.
    const masthead = { symbol: paper.symbol, isPublic: true, issuedOn: issue.issuedOn, originalLanguage: 'English' };
    flow.moveTo(drawMasthead(flow.firstPage, regular, masthead, { top, right: pageSize[0] - margin }) - 14);
  } else if (paper.symbol) {
    const symbol = drawable(regular, paper.symbol);
    flow.firstPage.drawText(symbol, { x: pageSize[0] - margin - regular.widthOfTextAtSize(symbol, 9), y: top - 9, size: 9, font: regular });
    skip(22);
  }
  write(paper.meetingTitle, regular, 10);
  skip(10);
  write(paper.title, bold, 15, { gap: 6 });
  write(paper.kindLabel, regular, 10);
  write(paper.adoptionLine, italic, 10);
  skip(14);

  for (const paragraph of paper.paragraphs) {
    // An operative paragraph's number hangs in the margin column; the preamble is set in italics.
    if (paragraph.number !== null) {
      const line = flow.room(11);
      line.page.drawText(`${paragraph.number}.`, { x: margin, y: line.top - 11, size: 11, font: regular });
    }
    write(paragraph.text, paragraph.kind === 'preambular' ? italic : regular, 11, { indent: numberColumn, gap: 5 });
    skip(8);
  }

  if (paper.positions.length > 0) {
    skip(10);
    write('Positions of parties', bold, 12, { gap: 8 });
    for (const position of paper.positions) {
      write(`${position.partyName}: ${position.kindLabel}`, bold, 10);
      write(position.text, regular, 10, { gap: 4 });
      skip(6);
    }
  }
  return pdf.save();
}
