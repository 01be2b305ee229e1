import { describe, expect, it } from 'vitest';
import { finalizeCaveats } from '@/lib/statements/abilities';
import { shownLocalTime, silenceBrokenEmail, silenceStartedEmail } from '@/lib/statements/adoption-emails';
import { adoptByConsensusSchema, lodgeObjectionSchema, recordPositionSchema, startSilenceProcedureSchema } from '@/lib/statements/adoption-schemas';
import { renderStatementPdf } from '@/lib/statements/render-statement-pdf';
import { adoptionLine, paperFileName, type StatementPaper } from '@/lib/statements/statement-paper';
import { pdfText } from '../helpers/pdf-text';

const id = '5f0c2b4e-8d7a-4c1b-9e3f-2a6d8c0b1e47';

describe('the adopted paper', () => {
  it("says how and when the text was adopted, as the meeting's clocks read it", () => {
    const adoptedAt = new Date('2023-11-24T01:30:00Z');
    expect(adoptionLine({ adoptionManner: 'consensus', adoptedAt }, 'Asia/Seoul')).toBe('Adopted by consensus on 24 November 2023 at 10:30 (Asia/Seoul)');
    expect(adoptionLine({ adoptionManner: 'silence', adoptedAt }, 'Asia/Ulaanbaatar')).toBe('Adopted by silence procedure on 24 November 2023 at 09:30 (Asia/Ulaanbaatar)');
  });

  it('names its files after the symbol, else the title', () => {
    expect(paperFileName({ symbol: 'ESCAP/NEASPEC/SOM(26)/4', title: 'Statement' }, 'docx')).toBe('ESCAP-NEASPEC-SOM(26)-4.docx');
    expect(paperFileName({ symbol: null, title: 'Commemorative Statement, 2023' }, 'pdf')).toBe('Commemorative-Statement-2023.pdf');
  });

  it('prints the symbol, the adoption, the numbered paragraphs and the positions in the PDF', async () => {
    const paper: StatementPaper = {
      symbol: 'ESCAP/NEASPEC/SOM(26)/4',
      title: 'NEASPEC Commemorative Statement',
      kindLabel: 'Statement',
      meetingTitle: 'Twenty-sixth Senior Officials Meeting',
      adoptionLine: 'Adopted by consensus on 24 November 2023 at 10:30 (Asia/Seoul)',
      paragraphs: [
        { number: null, kind: 'preambular', text: 'Recalling the Framework for NEASPEC adopted in 1996,' },
        { number: 1, kind: 'operative', text: 'Welcome the progress of the programme in its five areas;' },
      ],
      positions: [{ partyName: 'Republic of Korea', kind: 'explanation', kindLabel: 'Explanation of position', text: 'Carbon neutrality by 2050.' }],
    };
    const lines = (await pdfText(await renderStatementPdf(paper))).split('\n');
    expect(lines).toEqual([
      'ESCAP/NEASPEC/SOM(26)/4',
      'Twenty-sixth Senior Officials Meeting',
      'NEASPEC Commemorative Statement',
      'Statement',
      'Adopted by consensus on 24 November 2023 at 10:30 (Asia/Seoul)',
      'Recalling the Framework for NEASPEC adopted in 1996,',
      '1.',
      'Welcome the progress of the programme in its five areas;',
      'Positions of parties',
      'Republic of Korea: Explanation of position',
      'Carbon neutrality by 2050.',
    ]);
  });
});

describe('the silence procedure emails', () => {
  it('tell the deadline in the meeting’s zone, and the objection that broke silence', () => {
    const person = { name: 'Ivan Petrov', email: 'delegate.rus@neaspec.example' };
    const deadline = shownLocalTime('2026-03-04T18:00', 'Asia/Seoul');
    expect(deadline).toBe('2026-03-04 18:00 (Asia/Seoul time)');
    const started = silenceStartedEmail(person, 'Statement', 'SOM-26', deadline, 'https://example.org/s');
    expect(started).toMatchObject({ kind: 'silence_procedure_started', to: person.email, subject: 'Silence procedure: Statement' });
    expect(started.body).toContain('adopted at 2026-03-04 18:00 (Asia/Seoul time) unless a member state objects');
    const broken = silenceBrokenEmail(person, 'Statement', 'Russian Federation', 'We cannot join paragraph 2.', 'https://example.org/s');
    expect(broken).toMatchObject({ kind: 'silence_broken', subject: 'Silence broken: Statement' });
    expect(broken.body).toContain('We cannot join paragraph 2.');
  });
});

describe('adoption schemas', () => {
  it('take local date-times as a datetime-local input sends them, and refuse anything else', () => {
    expect(adoptByConsensusSchema.parse({ statementId: id, basedOnRevision: '2', adoptedAt: '2023-11-24T10:30' })).toEqual({
      statementId: id,
      basedOnRevision: 2,
      adoptedAt: '2023-11-24T10:30',
    });
    expect(startSilenceProcedureSchema.safeParse({ statementId: id, basedOnRevision: 1, silenceDeadline: '24/11/2023 10:30' }).error!.issues[0]!.message).toBe(
      'dateTimeInvalid',
    );
  });

  it('require the words of an objection and a position, and a kind of position', () => {
    expect(lodgeObjectionSchema.safeParse({ statementId: id, partyId: id, text: '  ' }).error!.issues[0]!.message).toBe('objectionTextRequired');
    const position = recordPositionSchema.safeParse({ statementId: id, partyId: '', kind: 'objection', text: '' });
    expect(position.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'partyId:positionPartyRequired',
      'kind:positionKindInvalid',
      'text:positionTextRequired',
    ]);
  });
});

describe('what the chair learns before finalizing', () => {
  const now = new Date('2027-11-10T00:00:00Z');
  const amendment = (status: 'proposed' | 'accepted' | 'rejected' | 'withdrawn', mergedIntoRevision: number | null = null) => ({ status, mergedIntoRevision });

  it('counts accepted amendments not yet merged, those still undecided, and a comment deadline still ahead', () => {
    const deadline = new Date('2027-11-12T09:00:00Z');
    const amendments = [amendment('accepted'), amendment('accepted', 2), amendment('proposed'), amendment('proposed'), amendment('rejected'), amendment('withdrawn')];
    expect(finalizeCaveats({ commentDeadline: deadline }, amendments, now)).toEqual({ unmerged: 1, undecided: 2, commentsOpenUntil: deadline });
  });

  it('says nothing of a deadline passed, or of a text never circulated', () => {
    expect(finalizeCaveats({ commentDeadline: new Date('2027-11-09T00:00:00Z') }, [amendment('accepted', 3)], now)).toEqual({ unmerged: 0, undecided: 0, commentsOpenUntil: null });
    expect(finalizeCaveats({ commentDeadline: null }, [], now)).toEqual({ unmerged: 0, undecided: 0, commentsOpenUntil: null });
  });
});
