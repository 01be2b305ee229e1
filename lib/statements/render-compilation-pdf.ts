import { PDFDocument, StandardFonts } from 'pdf-lib';
import { numberPages, textFlow } from '../pdf/text-flow';
import type { CompilationPaper } from './amendments-compilation';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 64;
const indent = 18;

/** The compilation of amendments and comments as a PDF (pdf-lib), its pages numbered at the foot, for printing at the table. */
export async function renderCompilationPdf(paper: CompilationPaper): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${paper.heading}: ${paper.title}`);
  pdf.setCreator('Secretariat');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const { write, skip } = textFlow(pdf, { pageSize, margin });

  write(paper.meetingTitle, regular, 10);
  skip(10);
  write(paper.heading, bold, 15, { gap: 6 });
  write(paper.title, bold, 12, { gap: 5 });
  write(paper.subtitle, regular, 10);
  write(paper.summary, italic, 10, { grey: true });
  skip(16);

  for (const entry of paper.entries) {
    write(entry.heading, bold, 11, { gap: 4 });
    write(entry.status, italic, 10, { grey: true });
    write(entry.does, regular, 10, { gap: 6 });
    for (const block of entry.blocks) {
      write(block.label, bold, 9, { indent, gap: 2 });
      write(block.text, regular, 10, { indent, gap: 4 });
      skip(3);
    }
    skip(12);
  }
  if (paper.comments.length > 0) {
    write('General comments', bold, 12, { gap: 8 });
    for (const comment of paper.comments) {
      write(comment.heading, bold, 10, { gap: 3 });
      write(comment.text, regular, 10, { indent, gap: 4 });
      skip(8);
    }
  }

  numberPages(pdf, regular, { pageSize, margin, size: 9 });
  return pdf.save();
}
