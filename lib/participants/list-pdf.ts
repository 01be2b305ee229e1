import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { displayName, roleLabel, type CsvParticipant } from './csv';
import { groupParticipantsByParty } from './order';
import { drawable, wrapText } from './pdf-text';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 56;
const bodySize = 10;
const lineHeight = 13;

export type ListPdfHeading = {
  /** The document symbol, when the list is issued as a meeting document. */
  symbol?: string;
  meetingTitle: string;
  /** Dates and place, one line. */
  meetingLine: string;
  title: string;
};

/** The printable list of participants: grouped by party, each person with role, position and organization, over as many A4 pages as it takes. */
export async function renderParticipantListPdf(heading: ListPdfHeading, participants: readonly CsvParticipant[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(heading.symbol ? `${heading.symbol}: ${heading.title}` : heading.title);
  pdf.setCreator('Secretariat');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = pageSize[0] - 2 * margin;

  let page: PDFPage = pdf.addPage(pageSize);
  let y = pageSize[1] - margin;
  const newPage = () => {
    page = pdf.addPage(pageSize);
    y = pageSize[1] - margin;
  };
  const write = (text: string, font: PDFFont, size: number, indent = 0) => {
    for (const line of wrapText(font, text, size, width - indent)) {
      if (y - size < margin) newPage();
      page.drawText(line, { x: margin + indent, y: y - size, size, font, color: rgb(0, 0, 0) });
      y -= size + 3;
    }
  };

  if (heading.symbol) {
    const symbol = drawable(regular, heading.symbol);
    page.drawText(symbol, { x: pageSize[0] - margin - regular.widthOfTextAtSize(symbol, 9), y: y - 9, size: 9, font: regular });
    y -= 20;
  }
  write(heading.meetingTitle, bold, 13);
  write(heading.meetingLine, regular, bodySize);
  y -= 10;
  write(heading.title.toUpperCase(), bold, 14);
  y -= 8;

  const groups = groupParticipantsByParty(participants);
  if (groups.length === 0) write('No participants yet.', regular, bodySize);
  for (const group of groups) {
    // Keep a party's heading with its first person.
    if (y - 4 * lineHeight < margin) newPage();
    y -= 6;
    write(group.partyName.toUpperCase(), bold, 11);
    y -= 2;
    for (const participant of group.participants) {
      if (y - 3 * lineHeight < margin) newPage();
      write(displayName(participant), bold, bodySize, 12);
      const details = [roleLabel(participant.delegationRole), participant.position, participant.organization].filter(Boolean).join(', ');
      write(details, regular, bodySize, 12);
      y -= 4;
    }
  }

  const pages = pdf.getPages();
  pages.forEach((each, index) => {
    const label = `${index + 1} / ${pages.length}`;
    each.drawText(label, { x: pageSize[0] / 2 - regular.widthOfTextAtSize(label, 8) / 2, y: margin / 2, size: 8, font: regular });
  });
  return pdf.save();
}
