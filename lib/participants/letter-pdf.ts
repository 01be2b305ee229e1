import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { ParticipationLetter } from './participation-letter';
import { drawable, wrapText } from './pdf-text';

const [pageWidth, pageHeight, margin] = [595.28, 841.89, 64];

/** The letter on one A4 page: the sender and date, the title, the salutation, its paragraphs and the closing. */
export async function renderParticipationLetterPdf(letter: ParticipationLetter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(letter.title);
  pdf.setCreator('Secretariat');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([pageWidth, pageHeight]);
  let y = pageHeight - margin;
  const write = (text: string, options: { bold?: boolean; size?: number; gap?: number } = {}) => {
    const { size = 11, gap = 5 } = options;
    const font = options.bold ? bold : regular;
    for (const line of wrapText(font, text, size, pageWidth - 2 * margin)) {
      page.drawText(line, { x: margin, y: y - size, size, font });
      y -= size + gap;
    }
  };
  // The date faces the sender, on its line.
  const date = drawable(regular, letter.date);
  page.drawText(date, { x: pageWidth - margin - regular.widthOfTextAtSize(date, 11), y: y - 12, size: 11, font: regular });
  write(letter.sender, { bold: true, size: 12 });
  y -= 40;
  write(letter.title.toUpperCase(), { bold: true, size: 13 });
  y -= 16;
  write(letter.salutation);
  y -= 8;
  for (const paragraph of letter.paragraphs) {
    write(paragraph, { gap: 6 });
    y -= 10;
  }
  y -= 16;
  write(letter.closing);
  return pdf.save();
}
