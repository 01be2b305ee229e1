import { PDFDocument, StandardFonts } from 'pdf-lib';
import { numberPages, textFlow } from '../pdf/text-flow';
import { displayName, roleLabel, type CsvParticipant } from './csv';
import { groupParticipantsByParty } from './order';
import { drawable } from './pdf-text';

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
  const flow = textFlow(pdf, { pageSize, margin });
  const { skip } = flow;
  const write = (text: string, font: typeof regular, size: number, indent = 0) => flow.write(text, font, size, { indent, gap: 3 });

  if (heading.symbol) {
    const symbol = drawable(regular, heading.symbol);
    flow.firstPage.drawText(symbol, { x: pageSize[0] - margin - regular.widthOfTextAtSize(symbol, 9), y: pageSize[1] - margin - 9, size: 9, font: regular });
    skip(20);
  }
  write(heading.meetingTitle, bold, 13);
  write(heading.meetingLine, regular, bodySize);
  skip(10);
  write(heading.title.toUpperCase(), bold, 14);
  skip(8);

  const groups = groupParticipantsByParty(participants);
  if (groups.length === 0) write('No participants yet.', regular, bodySize);
  for (const group of groups) {
    // Keep a party's heading with its first person.
    flow.room(4 * lineHeight);
    skip(6);
    write(group.partyName.toUpperCase(), bold, 11);
    skip(2);
    for (const participant of group.participants) {
      flow.room(3 * lineHeight);
      write(displayName(participant), bold, bodySize, 12);
      const details = [roleLabel(participant.delegationRole), participant.position, participant.organization].filter(Boolean).join(', ');
      write(details, regular, bodySize, 12);
      skip(4);
    }
  }

  numberPages(pdf, regular, { pageSize, margin, size: 8 });
  return pdf.save();
}
