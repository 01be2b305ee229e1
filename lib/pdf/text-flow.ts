import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText } from '../participants/pdf-text';

export type TextFlow = {
  /** Writes wrapped text from the top down, starting a new page where this one is full. */
  write: (text: string, font: PDFFont, size: number, options?: { indent?: number; gap?: number; grey?: boolean }) => void;
  /** Leaves some room before what comes next. */
  skip: (points: number) => void;
  /** Makes sure a line of this height fits on the page (a new page if not), and gives the page and the line's top. */
  room: (height: number) => { page: PDFPage; top: number };
  /** Where the next line starts: after a masthead drawn on the first page, say. */
  moveTo: (top: number) => void;
};

/** Text that flows down A4-like pages between margins: what a paper of paragraphs needs. */
export function textFlow(pdf: PDFDocument, { pageSize, margin }: { pageSize: [number, number]; margin: number }): TextFlow & { firstPage: PDFPage } {
  const width = pageSize[0] - 2 * margin;
  let page = pdf.addPage(pageSize);
  const firstPage = page;
  let y = pageSize[1] - margin;
  const room = (height: number) => {
    if (y - height < margin) {
      page = pdf.addPage(pageSize);
      y = pageSize[1] - margin;
    }
    return { page, top: y };
  };
  return {
    firstPage,
    room,
    write: (text, font, size, { indent = 0, gap = 4, grey = false } = {}) => {
      for (const line of wrapText(font, text, size, width - indent)) {
        room(size);
        page.drawText(line, { x: margin + indent, y: y - size, size, font, color: grey ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0) });
        y -= size + gap;
      }
    },
    skip: (points) => {
      y -= points;
    },
    moveTo: (top) => {
      y = top;
    },
  };
}

/** "2 / 5" at the foot of every page, centred in the bottom margin. */
export function numberPages(pdf: PDFDocument, font: PDFFont, { pageSize, margin, size }: { pageSize: [number, number]; margin: number; size: number }): void {
  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const label = `${index + 1} / ${pages.length}`;
    page.drawText(label, { x: (pageSize[0] - font.widthOfTextAtSize(label, size)) / 2, y: margin / 2, size, font, color: rgb(0.3, 0.3, 0.3) });
  });
}
