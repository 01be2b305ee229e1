import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ParagraphRef } from './amendment-rules';
import type { ParagraphComparison } from './compare';

// The text as amended so far as a Word document (the `docx` package) in which each accepted amendment
// is a tracked change under its proposer's name: a delegation takes it to its capital, where Word
// shows who changed what and records the capital's own edits as tracked changes too.

export type AmendedTextPaper = {
  meetingTitle: string;
  title: string;
  /** The circulated revision the amendments change. */
  basedOnRevision: number;
  amendments: { number: number; partyName: string; paragraphKey: string }[];
  /** Paragraphs two accepted amendments rewrite: they keep their words until the secretariat settles them. */
  conflicts: { target: ParagraphRef; numbers: number[] }[];
  undecided: number;
  paragraphs: ParagraphComparison[];
  /** When it was made, stamped on every tracked change, and the day it says, in the meeting's zone. */
  madeAt: Date;
  madeOn: string;
};

const hanging = { left: 567, hanging: 567 }; // 1 cm, in twentieths of a point

const listed = (numbers: number[]) => numbers.join(', ');

/** Who made each paragraph's changes, as Word names a tracked change's author: "Japan (amendment 1)". */
export function changeAuthors(amendments: AmendedTextPaper['amendments']): Map<string, string> {
  const byKey = new Map<string, AmendedTextPaper['amendments']>();
  for (const amendment of amendments) byKey.set(amendment.paragraphKey, [...(byKey.get(amendment.paragraphKey) ?? []), amendment]);
  return new Map(
    [...byKey].map(([key, shaping]) => [
      key,
      shaping.map((a) => `${a.partyName} (amendment ${a.number})`).join('; '),
    ]),
  );
}

/** The paper's opening lines: what it is, and what it leaves out. */
export function amendedTextIntro(paper: Pick<AmendedTextPaper, 'basedOnRevision' | 'amendments' | 'conflicts' | 'undecided' | 'madeOn'>): string[] {
  const merged = paper.amendments.map((a) => `${a.number} (${a.partyName})`);
  return [
    `Revision ${paper.basedOnRevision} as circulated, with the accepted ${merged.length === 1 ? 'amendment' : 'amendments'} ${merged.join(', ')} shown as tracked changes, as of ${paper.madeOn}. It is not a revision of the text: the secretariat produces the next one.`,
    ...paper.conflicts.map(
      (c) =>
        `${c.target.kind === 'preambular' ? 'Preambular' : 'Operative'} paragraph ${c.target.number} keeps its words: amendments ${listed(c.numbers)} both rewrite it, until the secretariat settles it.`,
    ),
    ...(paper.undecided > 0 ? [`${paper.undecided} ${paper.undecided === 1 ? 'amendment awaits' : 'amendments await'} a decision and ${paper.undecided === 1 ? 'is' : 'are'} not shown.`] : []),
  ];
}

export async function renderAmendedDocx(paper: AmendedTextPaper): Promise<Uint8Array> {
  const authors = changeAuthors(paper.amendments);
  const date = paper.madeAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  let revisionId = 0;
  const tracked = (author: string) => ({ id: ++revisionId, author, date });

  const paragraphs = paper.paragraphs.map((paragraph) => {
    const author = authors.get(paragraph.key) ?? 'Secretariat';
    // Operative paragraphs are numbered; a preambular one has no number on either side.
    const isPreambular = (paragraph.afterNumber ?? paragraph.beforeNumber) === null;
    const number = paragraph.afterNumber ?? paragraph.beforeNumber;
    const label = number === null ? [new Tab()] : [`${number}.`, new Tab()];
    const runs = paragraph.parts.map((part) => {
      const run = { text: part.value, italics: isPreambular };
      if (part.added) return new InsertedTextRun({ ...run, ...tracked(author) });
      if (part.removed) return new DeletedTextRun({ ...run, ...tracked(author) });
      return new TextRun(run);
    });
    return new Paragraph({
      indent: hanging,
      tabStops: [{ type: TabStopType.LEFT, position: hanging.left }],
      spacing: { after: 160 },
      children: [
        paragraph.change === 'added'
          ? new InsertedTextRun({ children: label, ...tracked(author) })
          : paragraph.change === 'removed'
            ? new DeletedTextRun({ children: label, ...tracked(author) })
            : new TextRun({ children: label }),
        ...runs,
      ],
    });
  });

  const document = new Document({
    title: `${paper.title}: text as amended so far`,
    creator: 'Secretariat',
    // Whatever the reader changes next is tracked too, beside the amendments.
    features: { trackRevisions: true },
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: paper.meetingTitle, size: 20 })], spacing: { after: 240 } }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: paper.title, bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: 'Text as amended so far', bold: true, size: 24 })], spacing: { after: 120 } }),
          ...amendedTextIntro(paper).map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: true, size: 20 })], spacing: { after: 120 } })),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          ...paragraphs,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
