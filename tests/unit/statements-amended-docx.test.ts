import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '@/lib/statements/compare';
import { amendedTextIntro, changeAuthors, renderAmendedDocx, type AmendedTextPaper } from '@/lib/statements/render-amended-docx';

const circulated = [
  { key: 'p', kind: 'preambular' as const, text: 'Recalling the Framework for NEASPEC adopted in 1996,' },
  { key: 'a', kind: 'operative' as const, text: 'Welcome the progress of the programme in its five areas;' },
  { key: 'b', kind: 'operative' as const, text: 'Request the secretariat to report to the next meeting.' },
];
// Japan rewrites paragraph 1, Mongolia inserts one after it, Russia deletes paragraph 2.
const amended = [
  circulated[0]!,
  { key: 'a', kind: 'operative' as const, text: 'Welcome the significant progress of the programme in its five areas;' },
  { key: 'new-m', kind: 'operative' as const, text: 'Welcome the offer of Mongolia to host a dialogue;' },
];
const amendments = [
  { number: 1, partyName: 'Japan', paragraphKey: 'a' },
  { number: 2, partyName: 'Mongolia', paragraphKey: 'new-m' },
  { number: 4, partyName: 'Russian Federation', paragraphKey: 'b' },
];

function paper(changes: Partial<AmendedTextPaper> = {}): AmendedTextPaper {
  return {
    meetingTitle: 'Twenty-seventh Senior Officials Meeting of NEASPEC',
    title: 'Decision on the work programme',
    basedOnRevision: 2,
    amendments,
    conflicts: [],
    undecided: 0,
    paragraphs: compareRevisions(circulated, amended),
    madeAt: new Date('2026-12-07T01:30:00.250Z'),
    madeOn: '7 December 2026',
    ...changes,
  };
}

async function documentXml(made: AmendedTextPaper) {
  const files = unzipSync(await renderAmendedDocx(made));
  return { body: strFromU8(files['word/document.xml']!), settings: strFromU8(files['word/settings.xml']!) };
}

describe('renderAmendedDocx', () => {
  it("makes each accepted amendment a tracked change under its proposer's name, dated when the file was made", async () => {
    const { body, settings } = await documentXml(paper());
    const insertions = [...body.matchAll(/<w:ins [^>]*w:author="([^"]+)"[^>]*>(.*?)<\/w:ins>/g)].map(([, author, xml]) => [author, [...xml!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')]);
    const deletions = [...body.matchAll(/<w:del [^>]*w:author="([^"]+)"[^>]*>(.*?)<\/w:del>/g)].map(([, author, xml]) => [author, [...xml!.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1]).join('')]);
    expect(insertions).toEqual(
      expect.arrayContaining([
        ['Japan (amendment 1)', 'significant '],
        ['Mongolia (amendment 2)', 'Welcome the offer of Mongolia to host a dialogue;'],
      ]),
    );
    expect(deletions).toEqual(expect.arrayContaining([['Russian Federation (amendment 4)', 'Request the secretariat to report to the next meeting.']]));
    expect(body).toContain('w:date="2026-12-07T01:30:00Z"');
    // Every tracked change has its own id.
    const ids = [...body.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Unchanged words stay plain; the reader's own edits are tracked from the start.
    expect(body).toContain('Recalling the Framework for NEASPEC adopted in 1996,');
    expect(settings).toContain('<w:trackRevisions/>');
    expect(body).toContain('Text as amended so far');
  });

  it('says what it shows and what it leaves out', () => {
    expect(amendedTextIntro(paper({ conflicts: [{ target: { kind: 'operative', number: 3 }, numbers: [5, 6] }], undecided: 2 }))).toEqual([
      'Revision 2 as circulated, with the accepted amendments 1 (Japan), 2 (Mongolia), 4 (Russian Federation) shown as tracked changes, as of 7 December 2026. It is not a revision of the text: the secretariat produces the next one.',
      'Operative paragraph 3 keeps its words: amendments 5, 6 both rewrite it, until the secretariat settles it.',
      '2 amendments await a decision and are not shown.',
    ]);
    expect(amendedTextIntro(paper({ amendments: [amendments[0]!], undecided: 1 }))[0]).toMatch(/^Revision 2 as circulated, with the accepted amendment 1 \(Japan\) shown/);
    expect(amendedTextIntro(paper({ undecided: 1 }))[1]).toBe('1 amendment awaits a decision and is not shown.');
  });

  it('names every amendment that shaped a paragraph', () => {
    expect(changeAuthors([...amendments, { number: 7, partyName: 'China', paragraphKey: 'a' }]).get('a')).toBe('Japan (amendment 1); China (amendment 7)');
  });
});
