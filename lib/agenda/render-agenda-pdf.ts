import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawMasthead, type Masthead } from '../documents/paper-masthead';
import { wrapText } from '../participants/pdf-text';

// The provisional agenda (/1) and its annotations (/1/Add.1) as PDF, drawn with pdf-lib: the papers
// the secretariat issues and the demo's papers come from this one renderer.

export type AgendaPaperItem = { number: string; level: number; title: string; annotation: string | null };
export type AgendaPaper = {
  masthead: Masthead;
  meetingTitle: string;
  /** "Provisional agenda", "Annotated provisional agenda". */
  heading: string;
  /** A line under the meeting's title: its place and dates ("Seoul, 23–24 November 2023"). */
  subheading?: string;
  items: AgendaPaperItem[];
  withAnnotations: boolean;
};

/** Markdown as plain lines: the marks go, the words stay. */
export function markdownToPlainText(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '- ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`~]+/g, '')
        .replace(/<[^>]*>/g, '')
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/**
 * The paper: the masthead in the top right corner (symbol, distribution, date of issue, original
 * language), the meeting, its place and dates, the heading, then the items, numbered as the agenda
 * numbers them; each page after the first carries its number at the foot.
 */
export async function renderAgendaPaper(paper: AgendaPaper): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${paper.masthead.symbol} ${paper.heading}`);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight, margin] = [595, 842, 56];
  let page: PDFPage = pdf.addPage([pageWidth, pageHeight]);
  let y = pageHeight - margin;
  const line = (text: string, options: { font?: PDFFont; size?: number; indent?: number; gap?: number } = {}) => {
    const { font = regular, size = 11, indent = 0, gap = 4 } = options;
    for (const part of wrapText(font, text, size, pageWidth - 2 * margin - indent)) {
      if (y < margin + size) {
        page = pdf.addPage([pageWidth, pageHeight]);
        y = pageHeight - margin;
      }
      page.drawText(part, { x: margin + indent, y, size, font });
      y -= size + gap;
    }
  };
  y = drawMasthead(page, regular, paper.masthead, { top: y + 10, right: pageWidth - margin }) - 24;
  line(paper.meetingTitle, { font: bold, size: 13 });
  if (paper.subheading) line(paper.subheading, { size: 10 });
  y -= 8;
  line(paper.heading, { font: bold, size: 14 });
  y -= 8;
  for (const item of paper.items) {
    const indent = (item.level - 1) * 24;
    line(`${item.number}. ${item.title}`, { font: item.level === 1 ? bold : regular, indent, gap: 6 });
    if (paper.withAnnotations && item.annotation) {
      for (const text of markdownToPlainText(item.annotation)) line(text, { size: 10, indent: indent + 18 });
      y -= 6;
    }
  }
  const pages = pdf.getPages();
  pages.slice(1).forEach((other, index) => {
    const number = String(index + 2);
    other.drawText(number, { x: (pageWidth - regular.widthOfTextAtSize(number, 9)) / 2, y: margin / 2, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) });
  });
  return pdf.save();
}
