import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { renderAgendaPaper } from '@/lib/agenda/render-agenda-pdf';
import { documentSymbolPrefix } from '@/lib/config';
import { paperDateRange } from '@/lib/documents/paper-dates';
import { formatDocumentSymbol } from '@/lib/documents/symbols';
import type { DocumentKind, DocumentLanguage, DocumentVariant } from '@/lib/documents/values';
import { recordFields } from '@/lib/changes';
import type { Tx } from './client';
import { insertDemoHistory, type DemoEvent } from './demo-history';
import { som26AgendaPaperItems } from './demo-agenda';
import { documents } from './schema';

type DemoDocument = {
  kind: DocumentKind;
  sequence: number;
  variant?: DocumentVariant;
  title: string;
  isPublic: boolean;
  language?: DocumentLanguage;
  lines: string[];
  /** When the secretariat uploaded it. */
  uploadedAt: string;
  /** Draws the paper itself instead of the title-and-lines page. */
  render?: (symbol: string) => Promise<Uint8Array>;
  /** Taken back by the secretariat, when and why. */
  withdrawn?: { at: string; reason: string };
};

function renderSom26AgendaPaper(symbol: string, heading: string, withAnnotations: boolean): Promise<Uint8Array> {
  return renderAgendaPaper({
    masthead: { symbol, isPublic: true, issuedOn: '2023-10-02', originalLanguage: 'English' },
    meetingTitle: 'Twenty-sixth Senior Officials Meeting of NEASPEC',
    heading,
    subheading: `Seoul, ${paperDateRange('2023-11-23', '2023-11-24')}`,
    items: som26AgendaPaperItems(),
    withAnnotations,
  });
}

// The papers of the 26th SOM as a newcomer would expect to find them: the agenda and its
// annotations, the programme review, the note for participants, the draft statement (restricted
// until adopted), and a note uploaded by mistake and withdrawn, which only staff still see.
const som26Papers: DemoDocument[] = [
  // The agenda and its annotations are drawn from the demo agenda by the app's own renderer
  // (db/demo-agenda.ts), so the papers and the agenda page say the same.
  {
    kind: 'working',
    sequence: 1,
    title: 'Provisional agenda',
    uploadedAt: '2023-10-02T10:00:00+09:00',
    isPublic: true,
    lines: [],
    render: (symbol) => renderSom26AgendaPaper(symbol, 'Provisional agenda', false),
  },
  {
    kind: 'working',
    sequence: 1,
    variant: 'addendum',
    title: 'Annotated provisional agenda',
    uploadedAt: '2023-10-02T10:05:00+09:00',
    isPublic: true,
    lines: [],
    render: (symbol) => renderSom26AgendaPaper(symbol, 'Annotated provisional agenda', true),
  },
  {
    kind: 'working',
    sequence: 2,
    title: 'Review of the programme since the 25th SOM',
    uploadedAt: '2023-10-23T14:00:00+09:00',
    isPublic: true,
    lines: [
      'Progress of the projects in the five programme areas: air pollution; nature conservation and biodiversity;',
      'marine protected areas; low-carbon cities; desertification and land degradation.',
    ],
  },
  {
    kind: 'information',
    sequence: 1,
    title: 'Information note for participants',
    uploadedAt: '2023-09-25T11:00:00+09:00',
    isPublic: true,
    lines: ['Venue, registration, visas, accommodation and contacts of the secretariat.'],
  },
  {
    kind: 'information',
    sequence: 2,
    title: 'Information note for participants of the 25th SOM',
    uploadedAt: '2023-09-25T11:10:00+09:00',
    isPublic: true,
    lines: ["Venue, registration and contacts for the 25th SOM: last year's note."],
    withdrawn: { at: '2023-09-25T15:20:00+09:00', reason: "Uploaded in error: the 25th SOM's note, not this meeting's." },
  },
  {
    kind: 'draft',
    sequence: 1,
    title: 'Draft NEASPEC commemorative statement on the 30th anniversary',
    uploadedAt: '2023-10-20T10:00:00+09:00',
    isPublic: false,
    lines: ['Draft for consideration by the Senior Officials. Not for circulation.'],
  },
];

/** A one-page PDF with a symbol, a title and a few lines, drawn with pdf-lib. */
export async function renderPaper(symbol: string, title: string, lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${symbol} ${title}`);
  const page = pdf.addPage([595, 842]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  page.drawText(symbol, { x: 56, y: 780, size: 10, font: regular, color: rgb(0.3, 0.3, 0.3) });
  let y = 740;
  for (const line of wrap(title, 70)) {
    page.drawText(line, { x: 56, y, size: 14, font: bold });
    y -= 20;
  }
  y -= 10;
  for (const line of lines.flatMap((l) => wrap(l, 90))) {
    page.drawText(line, { x: 56, y, size: 11, font: regular });
    y -= 16;
  }
  return pdf.save();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return current ? [...lines, current] : lines;
}

/**
 * Adds the 26th SOM's papers, symbols made by the app's own rule; originals first, since an addendum
 * points at its original.
 */
export async function insertSom26Documents(
  tx: Tx,
  meeting: { id: string; seriesCode: string; number: number },
  uploadedByUserId: string | null,
): Promise<void> {
  const originals = new Map<string, string>();
  const uploads: DemoEvent[] = [];
  for (const paper of som26Papers) {
    const variant = paper.variant ?? 'original';
    const variantNumber = variant === 'original' ? 0 : 1;
    const symbol = formatDocumentSymbol({
      prefix: documentSymbolPrefix,
      seriesCode: meeting.seriesCode,
      meetingNumber: meeting.number,
      kind: paper.kind,
      sequence: paper.sequence,
      variant,
      variantNumber,
    });
    const content = Buffer.from(await (paper.render ? paper.render(symbol) : renderPaper(symbol, paper.title, paper.lines)));
    const [row] = await tx
      .insert(documents)
      .values({
        meetingId: meeting.id,
        kind: paper.kind,
        sequence: paper.sequence,
        variant,
        variantNumber,
        parentId: variant === 'original' ? null : (originals.get(`${paper.kind}:${paper.sequence}`) ?? null),
        symbol,
        title: paper.title,
        language: paper.language ?? 'en',
        isPublic: paper.isPublic,
        fileName: `${symbol.replace(/[/\\]+/g, '-')}.pdf`,
        contentType: 'application/pdf',
        byteSize: content.byteLength,
        content,
        uploadedByUserId,
        createdAt: new Date(paper.uploadedAt),
        withdrawnAt: paper.withdrawn ? new Date(paper.withdrawn.at) : null,
        withdrawalReason: paper.withdrawn?.reason ?? null,
      })
      .returning();
    if (variant === 'original') originals.set(`${paper.kind}:${paper.sequence}`, row!.id);
    uploads.push({
      at: paper.uploadedAt,
      actorUserId: uploadedByUserId,
      action: 'document.uploaded',
      entityType: 'document',
      entityId: row!.id,
      change: { fields: recordFields(row!, ['symbol', 'title', 'language', 'isPublic', 'fileName']) },
    });
    if (paper.withdrawn) {
      uploads.push({
        at: paper.withdrawn.at,
        actorUserId: uploadedByUserId,
        action: 'document.withdrawn',
        entityType: 'document',
        entityId: row!.id,
        change: { reason: paper.withdrawn.reason, meetingId: meeting.id },
      });
    }
  }
  await insertDemoHistory(tx, uploads);
}
