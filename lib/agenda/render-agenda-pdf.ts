import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

// The provisional agenda (/1) and its annotations (/1/Add.1) as PDF, drawn with pdf-lib: the papers
// the secretariat issues and the demo's papers come from this one renderer.

export type AgendaPaperItem = { number: string; level: number; title: string; annotation: string | null };
export type AgendaPaper = {
  symbol: string;
  meetingTitle: string;
  /** "Provisional agenda", "Annotated provisional agenda". */
  heading: string;
  /** A line under the heading: place and dates. */
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

// The standard fonts know Latin-1 (WinAnsi); anything else is shown as a question mark rather than failing.
const printable = (text: string) => text.normalize('NFC').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of printable(text).split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  return current ? [...lines, current] : lines;
}

export async function renderAgendaPaper(paper: AgendaPaper): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${paper.symbol} ${paper.heading}`);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight, margin] = [595, 842, 56];
  let page: PDFPage = pdf.addPage([pageWidth, pageHeight]);
  let y = pageHeight - margin;
  const line = (text: string, options: { font?: PDFFont; size?: number; indent?: number; gap?: number } = {}) => {
    const { font = regular, size = 11, indent = 0, gap = 4 } = options;
    for (const part of wrap(text, font, size, pageWidth - 2 * margin - indent)) {
      if (y < margin + size) {
        page = pdf.addPage([pageWidth, pageHeight]);
        y = pageHeight - margin;
      }
      page.drawText(part, { x: margin + indent, y, size, font });
      y -= size + gap;
    }
  };
  page.drawText(printable(paper.symbol), { x: margin, y, size: 10, font: regular, color: rgb(0.3, 0.3, 0.3) });
  y -= 30;
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
  return pdf.save();
}
