import type { AdoptionManner, ParagraphKind, PositionKind, StatementKind } from './values';

// The adopted text as a paper (the issued PDF, the DOCX download): everything it prints, in English,
// the language the statement is adopted in. One shape feeds both renderers.

export type StatementPaper = {
  /** The symbol of the issued document; none before the statement is published. */
  symbol: string | null;
  title: string;
  /** "Statement", "Decision" ... */
  kindLabel: string;
  meetingTitle: string;
  /** "Adopted by consensus on 24 November 2023 at 10:30 (Asia/Seoul)". */
  adoptionLine: string;
  paragraphs: { number: number | null; kind: ParagraphKind; text: string }[];
  positions: { partyName: string; kind: PositionKind; kindLabel: string; text: string }[];
};

export const statementKindLabels: Record<StatementKind, string> = {
  statement: 'Statement',
  decision: 'Decision',
  chairs_summary: "Chair's summary",
  report: 'Report',
};

export const positionKindLabels: Record<PositionKind, string> = {
  reservation: 'Reservation',
  explanation: 'Explanation of position',
};

const mannerWords: Record<AdoptionManner, string> = { consensus: 'by consensus', silence: 'by silence procedure' };

/** How and when the text was adopted, as the meeting's clocks read it. */
export function adoptionLine(adoption: { adoptionManner: AdoptionManner; adoptedAt: Date }, timeZone: string): string {
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(adoption.adoptedAt);
  return `Adopted ${mannerWords[adoption.adoptionManner]} on ${when} (${timeZone})`;
}

/** A file name for the paper: its symbol with slashes made safe, else the title. */
export function paperFileName(paper: Pick<StatementPaper, 'symbol' | 'title'>, extension: string): string {
  const stem = (paper.symbol ?? paper.title).replace(/[/\\]+/g, '-').replace(/[^\w.()-]+/g, '-');
  return `${stem}.${extension}`;
}
