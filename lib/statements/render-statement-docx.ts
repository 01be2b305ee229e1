import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { mastheadLines } from '../documents/paper-masthead';
import type { StatementPaper } from './statement-paper';

// The adopted statement as a Word document (the `docx` package), for delegations that take the
// text into their own papers: the same content as the PDF, masthead included.

const hanging = { left: 567, hanging: 567 }; // 1 cm, in twentieths of a point

/** The masthead's lines right-aligned, the symbol larger; without the day of issue, the symbol alone. */
function masthead(paper: StatementPaper, issue: { issuedOn: string } | undefined): Paragraph[] {
  if (!paper.symbol) return [];
  // A published text is a paper for general distribution.
  const lines = issue ? mastheadLines({ symbol: paper.symbol, isPublic: true, issuedOn: issue.issuedOn, originalLanguage: 'English' }) : [paper.symbol];
  return lines.map(
    (text, index) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: index === lines.length - 1 ? 240 : 0 },
        children: [new TextRun({ text, size: index === 0 ? 20 : 18 })],
      }),
  );
}

/** `issuedOn`: the day the paper was issued, in the meeting's zone, for its masthead beside the symbol. */
export async function renderStatementDocx(paper: StatementPaper, issue?: { issuedOn: string }): Promise<Uint8Array> {
  const document = new Document({
    title: paper.symbol ? `${paper.symbol}: ${paper.title}` : paper.title,
    creator: 'Secretariat',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          ...masthead(paper, issue),
          new Paragraph({ children: [new TextRun({ text: paper.meetingTitle, size: 20 })], spacing: { after: 240 } }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: paper.title, bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: paper.kindLabel, size: 20 })] }),
          new Paragraph({ children: [new TextRun({ text: paper.adoptionLine, italics: true, size: 20 })], spacing: { after: 360 } }),
          ...paper.paragraphs.map(
            (paragraph) =>
              new Paragraph({
                indent: hanging,
                tabStops: [{ type: TabStopType.LEFT, position: hanging.left }],
                spacing: { after: 160 },
                children: [
                  new TextRun({ children: paragraph.number === null ? [new Tab()] : [`${paragraph.number}.`, new Tab()] }),
                  new TextRun({ text: paragraph.text, italics: paragraph.kind === 'preambular' }),
                ],
              }),
          ),
          ...(paper.positions.length > 0
            ? [
                new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360 }, children: [new TextRun('Positions of parties')] }),
                ...paper.positions.flatMap((position) => [
                  new Paragraph({ children: [new TextRun({ text: `${position.partyName}: ${position.kindLabel}`, bold: true })] }),
                  new Paragraph({ spacing: { after: 160 }, children: [new TextRun(position.text)] }),
                ]),
              ]
            : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
