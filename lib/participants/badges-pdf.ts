import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { displayName, roleLabel, type CsvParticipant } from './csv';
import { compareParticipants } from './order';
import { drawable, wrapText } from './pdf-text';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const columns = 2;
const rows = 4;
const margin = 28;
const gap = 12;

export type Badge = CsvParticipant & { id: string; checkInUrl: string };

/** Badges for a meeting, eight to an A4 page (two across, four down), each with a QR code of its check-in link. */
export async function renderBadgesPdf(meetingTitle: string, badges: readonly Badge[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Badges: ${meetingTitle}`);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const badgeWidth = (pageSize[0] - 2 * margin - (columns - 1) * gap) / columns;
  const badgeHeight = (pageSize[1] - 2 * margin - (rows - 1) * gap) / rows;
  const qrSize = 84;
  const textWidth = badgeWidth - qrSize - 3 * 10;

  const ordered = [...badges].sort(compareParticipants);
  if (ordered.length === 0) pdf.addPage(pageSize);
  let page = pdf.getPages()[0];
  for (const [index, badge] of ordered.entries()) {
    const slot = index % (columns * rows);
    if (slot === 0) page = pdf.addPage(pageSize);
    const x = margin + (slot % columns) * (badgeWidth + gap);
    const top = pageSize[1] - margin - Math.floor(slot / columns) * (badgeHeight + gap);
    page!.drawRectangle({ x, y: top - badgeHeight, width: badgeWidth, height: badgeHeight, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.75 });
    // The meeting across the top, the person below, the QR code at the bottom right.
    let y = top - 14;
    for (const line of wrapText(regular, meetingTitle, 8, badgeWidth - 20).slice(0, 2)) {
      page!.drawText(line, { x: x + 10, y: y - 8, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
      y -= 11;
    }
    y -= 10;
    for (const line of wrapText(bold, displayName(badge), 15, badgeWidth - 20).slice(0, 2)) {
      page!.drawText(line, { x: x + 10, y: y - 15, size: 15, font: bold });
      y -= 19;
    }
    y -= 4;
    for (const line of wrapText(bold, badge.partyName, 11, textWidth).slice(0, 2)) {
      page!.drawText(line, { x: x + 10, y: y - 11, size: 11, font: bold, color: rgb(0.1, 0.25, 0.5) });
      y -= 14;
    }
    page!.drawText(drawable(regular, roleLabel(badge.delegationRole)), { x: x + 10, y: y - 10, size: 10, font: regular });
    const png = await QRCode.toBuffer(badge.checkInUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
    const image = await pdf.embedPng(png);
    page!.drawImage(image, { x: x + badgeWidth - qrSize - 10, y: top - badgeHeight + 10, width: qrSize, height: qrSize });
  }
  return pdf.save();
}
