import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { textFlow } from '../pdf/text-flow';
import type { CompilationPaper } from './amendments-compilation';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 64;
const indent = 18;

/** The compilation of amendments as a PDF (pdf-lib), its pages numbered at the foot, for printing at the table. */
export async function renderCompilationPdf(paper: CompilationPaper): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Compilation of amendments: ${paper.title}`);
  pdf.setCreator('Secretariat');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const { write, skip } = textFlow(pdf, { pageSize, margin });

  write(paper.meetingTitle, regular, 10);
  skip(10);
  write('Compilation of amendments', bold, 15, { gap: 6 });
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

  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const number = `${index + 1} / ${pages.length}`;
    page.drawText(number, { x: (pageSize[0] - regular.widthOfTextAtSize(number, 9)) / 2, y: margin / 2, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return pdf.save();
}
