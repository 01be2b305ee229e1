import { describe, expect, it } from 'vitest';
import { amendmentsCompilation, hasCompilation, type CompiledAmendment, type CompiledComment } from '@/lib/statements/amendments-compilation';
import { renderCompilationPdf } from '@/lib/statements/render-compilation-pdf';
import { pdfText } from '../helpers/pdf-text';

const proposed: CompiledAmendment = {
  number: 1,
  kind: 'replace',
  status: 'proposed',
  revisionNumber: 2,
  target: { kind: 'operative', number: 1 },
  targetText: 'Requests the secretariat to report on the work programme;',
  text: 'Requests the secretariat to report on the work programme and on contributions;',
  paragraphKind: null,
  acceptedText: null,
  rationale: 'The report should cover contributions.',
  partyName: 'Mongolia',
  sponsors: [],
  decisionReason: null,
  deciderName: null,
  decidedAt: null,
  mergedIntoRevision: null,
  createdAt: new Date('2026-12-01T02:00:00Z'),
};
const accepted: CompiledAmendment = {
  ...proposed,
  number: 2,
  kind: 'insert_after',
  status: 'accepted',
  paragraphKind: 'operative',
  text: 'Invites member states to name their focal points;',
  acceptedText: 'Invites member states to name focal points for each programme area;',
  partyName: 'Japan',
  sponsors: [{ partyName: 'China' }, { partyName: 'Republic of Korea' }],
  deciderName: 'Kim Min-ji',
  decidedAt: new Date('2026-12-04T06:30:00Z'),
  mergedIntoRevision: 3,
};
const rejected: CompiledAmendment = { ...proposed, number: 3, kind: 'delete', status: 'rejected', text: null, partyName: 'Russian Federation', decisionReason: 'Other delegations keep the paragraph.', deciderName: 'Kim Min-ji', decidedAt: new Date('2026-12-05T01:00:00Z') };
const withdrawn: CompiledAmendment = { ...proposed, number: 4, status: 'withdrawn', partyName: 'China' };

const comment: CompiledComment = { partyName: 'China', revisionNumber: 2, body: 'China supports the draft and will consult its capital.', createdAt: new Date('2026-12-02T01:00:00Z') };

const compile = (amendments: CompiledAmendment[], comments: CompiledComment[] = []) =>
  amendmentsCompilation({
    meetingTitle: 'Twenty-seventh Senior Officials Meeting of NEASPEC',
    timeZone: 'Asia/Seoul',
    statement: { title: 'Decision on the work programme', kind: 'decision', status: 'circulated', circulatedRevision: 2, commentDeadline: new Date('2027-02-26T08:00:00Z') },
    amendments,
    comments,
    now: new Date('2026-12-07T10:30:00Z'),
  });

describe('amendmentsCompilation', () => {
  it('says what is compiled, as of when in the meeting’s zone, leaving the withdrawn out', () => {
    const paper = compile([proposed, accepted, rejected, withdrawn]);
    expect(paper.subtitle).toBe('Decision · revision 2 circulated for amendments until 26 February 2027 at 17:00 (Asia/Seoul)');
    expect(paper.heading).toBe('Compilation of amendments');
    expect(paper.summary).toBe('As of 7 December 2026 at 19:30 (Asia/Seoul): 3 amendments, 1 proposed, 1 accepted, 1 rejected; 0 general comments. Withdrawn amendments are not listed.');
    expect(paper.entries.map((entry) => entry.heading)).toEqual([
      'Amendment 1 (Mongolia)',
      'Amendment 2 (Japan), co-sponsored by China, Republic of Korea',
      'Amendment 3 (Russian Federation)',
    ]);
  });

  it('gives each what it does to which paragraph, where it stands, the words it changes and its own', () => {
    const [first, second, third] = compile([proposed, accepted, rejected]).entries;
    expect(first).toEqual({
      heading: 'Amendment 1 (Mongolia)',
      status: 'Proposed on 1 December 2026.',
      does: 'Replaces operative paragraph 1 of revision 2.',
      blocks: [
        { label: 'Present text', text: proposed.targetText },
        { label: 'Proposed text', text: proposed.text },
        { label: 'Rationale', text: proposed.rationale },
      ],
    });
    expect(second).toMatchObject({
      status: 'Accepted with a change by Kim Min-ji on 4 December 2026. Merged into revision 3.',
      does: 'Inserts a new operative paragraph after operative paragraph 1 of revision 2.',
      blocks: [
        { label: 'The paragraph it follows', text: proposed.targetText },
        { label: 'Proposed text', text: accepted.text },
        { label: 'Accepted in these words', text: accepted.acceptedText },
        { label: 'Rationale', text: proposed.rationale },
      ],
    });
    expect(third).toMatchObject({
      status: 'Rejected by Kim Min-ji on 5 December 2026.',
      does: 'Deletes operative paragraph 1 of revision 2.',
      blocks: [
        { label: 'Present text', text: proposed.targetText },
        { label: 'Rationale', text: proposed.rationale },
        { label: 'Reason for rejecting it', text: rejected.decisionReason },
      ],
    });
  });

  it('names the kind alone once the text is no longer circulated, and counts one amendment as one', () => {
    const paper = amendmentsCompilation({
      meetingTitle: 'SOM',
      timeZone: 'Asia/Seoul',
      statement: { title: 'Statement', kind: 'statement', status: 'final', circulatedRevision: 2, commentDeadline: new Date('2027-02-26T08:00:00Z') },
      amendments: [proposed],
      comments: [comment],
      now: new Date('2026-12-07T10:30:00Z'),
    });
    expect(paper.subtitle).toBe('Statement');
    expect(paper.summary).toContain(': 1 amendment, 1 proposed; 1 general comment.');
  });

  it('adds the general comments, oldest first, each with its party, revision and day, and names what it compiles', () => {
    const later = { ...comment, partyName: 'Japan', body: 'Japan welcomes the draft.', createdAt: new Date('2026-12-03T01:00:00Z') };
    const both = compile([proposed], [comment, later]);
    expect(both.heading).toBe('Compilation of amendments and comments');
    expect(both.comments).toEqual([
      { heading: 'China, on revision 2, 2 December 2026', text: comment.body },
      { heading: 'Japan, on revision 2, 3 December 2026', text: later.body },
    ]);
    expect(compile([], [comment]).heading).toBe('Compilation of comments');
  });
});

describe('hasCompilation', () => {
  it('is there for an amendment on record or a general comment, never for withdrawn amendments alone', () => {
    expect(hasCompilation({ amendments: [], comments: [] })).toBe(false);
    expect(hasCompilation({ amendments: [withdrawn], comments: [] })).toBe(false);
    expect(hasCompilation({ amendments: [withdrawn, rejected], comments: [] })).toBe(true);
    expect(hasCompilation({ amendments: [withdrawn], comments: [comment] })).toBe(true);
  });
});

describe('renderCompilationPdf', () => {
  it('prints the heading, each amendment and its words, and numbers the pages', async () => {
    const text = await pdfText(await renderCompilationPdf(compile(Array.from({ length: 12 }, (_, i) => ({ ...accepted, number: i + 1 })), [comment])));
    expect(text).toContain('Compilation of amendments and comments');
    expect(text).toContain('General comments');
    expect(text).toContain('China, on revision 2, 2 December 2026');
    expect(text).toContain('Amendment 12 (Japan), co-sponsored by China, Republic of Korea');
    expect(text).toContain('Accepted in these words');
    expect(text).toMatch(/1 \/ [2-9]/);
  });
});
