import { asc, count, eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { findRevisionParagraphs } from '@/db/queries/statements';
import { auditEvents, documents, emailOutbox, statementObjections, statementPositions, statements, type Statement } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { adoptByConsensus } from '@/lib/statements/adopt-by-consensus';
import { disposeAmendmentSchema, proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { disposeAmendment } from '@/lib/statements/dispose-amendment';
import { proposeAmendment } from '@/lib/statements/propose-amendment';
import {
  adoptByConsensusSchema,
  finalizeStatementSchema,
  lodgeObjectionSchema,
  recordPositionSchema,
  startSilenceProcedureSchema,
} from '@/lib/statements/adoption-schemas';
import { finalizeStatement } from '@/lib/statements/finalize-statement';
import { findPublishedStatements } from '@/lib/statements/find-published-statements';
import { getPublishedStatement } from '@/lib/statements/get-published-statement';
import { getStatementAdoption } from '@/lib/statements/get-statement-adoption';
import { getStatement } from '@/lib/statements/get-statement';
import { lodgeObjection } from '@/lib/statements/lodge-objection';
import { publishStatement } from '@/lib/statements/publish-statement';
import { recordPosition } from '@/lib/statements/record-position';
import { renderStatementDocx } from '@/lib/statements/render-statement-docx';
import { reopenStatement } from '@/lib/statements/reopen-statement';
import { saveRevision } from '@/lib/statements/save-revision';
import { saveRevisionSchema } from '@/lib/statements/schemas';
import { startSilenceProcedure } from '@/lib/statements/start-silence-procedure';
import { sweepSilenceProcedures } from '@/lib/statements/sweep-silence-procedures';
import { instantToZonedLocal } from '@/lib/time-zones';
import { pdfText } from '../helpers/pdf-text';
import * as factory from './factories';
import { refusal } from './refusal';

type Counted = typeof statements | typeof auditEvents | typeof emailOutbox | typeof statementObjections | typeof statementPositions | typeof documents;
const rows = async (table: Counted) => (await db.select({ n: count() }).from(table))[0]!.n;

/** What a refusal must leave as it was: the statement row, and no new audit event, objection, position, document or email. */
async function snapshot(statementId: string) {
  const [statement] = await db.select().from(statements).where(eq(statements.id, statementId));
  return {
    statement,
    audit: await rows(auditEvents),
    objections: await rows(statementObjections),
    positions: await rows(statementPositions),
    documents: await rows(documents),
    emails: await rows(emailOutbox),
  };
}

const seoul = 'Asia/Seoul';
const local = (instant: Date) => instantToZonedLocal(instant, seoul);
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

/** A meeting with its chair, a chair of another meeting, the secretariat, and delegates of two member states and an organization. */
async function cast() {
  const chair = await factory.createActor({ role: 'chair', name: 'Kim Jae-won' });
  const otherChair = await factory.createActor({ role: 'chair' });
  const secretariat = await factory.createActor({ name: 'Hana Lim' });
  const meeting = await factory.createMeeting({ chairUserId: chair.id });
  await factory.createMeeting({ chairUserId: otherChair.id });
  const russia = await factory.createParty({ name: 'Russian Federation', kind: 'member_state' });
  const korea = await factory.createParty({ name: 'Republic of Korea', kind: 'member_state' });
  const unep = await factory.createParty({ name: 'UNEP', kind: 'organization' });
  const russian = await factory.createActor({ role: 'delegate', partyId: russia.id, name: 'Ivan Petrov' });
  const korean = await factory.createActor({ role: 'delegate', partyId: korea.id });
  const organization = await factory.createActor({ role: 'delegate', partyId: unep.id });
  return { chair, otherChair, secretariat, meeting, russia, korea, unep, russian, korean, organization };
}

const finalize = (statementId: string, basedOnRevision = 1) => finalizeStatementSchema.parse({ statementId, basedOnRevision });
const consensus = (statementId: string, adoptedAt: string, basedOnRevision = 1) => adoptByConsensusSchema.parse({ statementId, basedOnRevision, adoptedAt });
const silence = (statementId: string, silenceDeadline: string, basedOnRevision = 1) =>
  startSilenceProcedureSchema.parse({ statementId, basedOnRevision, silenceDeadline });
const objection = (statementId: string, partyId: string, text = 'The Russian Federation cannot join paragraph 2 as drafted.') =>
  lodgeObjectionSchema.parse({ statementId, partyId, text });
const position = (statementId: string, partyId: string, kind = 'reservation', text = 'Korea reserves its position on operative paragraph 2.') =>
  recordPositionSchema.parse({ statementId, partyId, kind, text });

/** A circulated statement now under silence procedure until `deadline`, written directly (the use-case refuses a past deadline). */
function underSilence(meetingId: string, deadline: Date) {
  return factory.createStatement({
    meetingId,
    status: 'silence_procedure',
    circulatedRevision: 1,
    commentDeadline: new Date(deadline.getTime() - 96 * 3_600_000),
    silenceStartedAt: new Date(deadline.getTime() - 72 * 3_600_000),
    silenceDeadline: deadline,
  });
}

describe('finalizeStatement and reopenStatement', () => {
  it('lets the chair finalize a circulated text, then send it back to drafting, each audited', async () => {
    const { chair, meeting } = await cast();
    const statement = await factory.createCirculatedStatement({ meetingId: meeting.id });
    const finalized = await finalizeStatement({ actor: chair, input: finalize(statement.id) });
    expect(finalized).toMatchObject({ status: 'final', finalizedByUserId: chair.id });
    expect(finalized.finalizedAt).toBeInstanceOf(Date);
    const reopened = await reopenStatement({ actor: chair, input: { statementId: statement.id } });
    expect(reopened).toMatchObject({ status: 'drafting', finalizedAt: null });
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.entityId, statement.id)).orderBy(auditEvents.id)).map((e) => e.action);
    expect(actions).toEqual(['statement.finalized', 'statement.reopened']);
  });

  it('refuses a delegate, the secretariat and the chair of another meeting, a stale revision and a final text, writing nothing', async () => {
    const { chair, otherChair, secretariat, meeting, korean } = await cast();
    const statement = await factory.createStatement({ meetingId: meeting.id, currentRevision: 2 });
    const before = await snapshot(statement.id);
    for (const actor of [korean, secretariat, otherChair]) {
      expect(await refusal(finalizeStatement({ actor, input: finalize(statement.id, 2) }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'statementChairOnly' });
    }
    expect(await refusal(finalizeStatement({ actor: chair, input: finalize(statement.id, 1) }))).toMatchObject({ code: 'CONFLICT' });
    expect(await snapshot(statement.id)).toEqual(before);
    const final = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    expect((await refusal(finalizeStatement({ actor: chair, input: finalize(final.id) }))).messageKey).toBe('transitionSameStatus');
    expect((await refusal(reopenStatement({ actor: otherChair, input: { statementId: final.id } }))).messageKey).toBe('statementChairOnly');
    expect((await refusal(reopenStatement({ actor: chair, input: { statementId: statement.id } }))).messageKey).toBe('reopenOnlyFinal');
    expect(await rows(auditEvents)).toBe(0);
  });

  it('tells the chair, before and at the refusal, of accepted amendments not in the text, undecided ones and the open comment period', async () => {
    const { chair, secretariat, meeting, korean } = await cast();
    const statement = await factory.createCirculatedStatement({ meetingId: meeting.id });
    const [first, second] = await findRevisionParagraphs(statement.id, 1);
    const propose = (paragraphId: string, text: string) =>
      proposeAmendment({
        actor: korean,
        input: proposeAmendmentSchema.parse({ statementId: statement.id, paragraphId, kind: 'replace', text, paragraphKind: '', rationale: 'Clearer.' }),
      });
    const accepted = await propose(first!.id, 'Recalling the NEASPEC Framework of 1996,');
    await propose(second!.id, 'Welcome the progress made;');
    await disposeAmendment({ actor: secretariat, input: disposeAmendmentSchema.parse({ amendmentId: accepted.id, decision: 'accept', reason: '', acceptedText: '' }) });

    const view = await getStatementAdoption({ actor: chair, input: { statementId: statement.id } });
    expect(view.finalizing).toEqual({ unmerged: 1, undecided: 1, commentsOpenUntil: statement.commentDeadline });
    expect((await getStatementAdoption({ actor: secretariat, input: { statementId: statement.id } })).finalizing).toBeNull();
    const before = await snapshot(statement.id);
    expect(await refusal(finalizeStatement({ actor: chair, input: finalize(statement.id) }))).toMatchObject({ messageKey: 'finalizeUnmergedAmendments', values: { count: 1 } });
    expect(await snapshot(statement.id)).toEqual(before);
  });
});

describe('adoptByConsensus', () => {
  it("records the consensus at the date and time given in the meeting's zone, by the chair, and freezes the text", async () => {
    const { chair, meeting } = await cast();
    const statement = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    const adopted = await adoptByConsensus({ actor: chair, input: consensus(statement.id, '2023-11-24T10:30') });
    // Seoul is UTC+9.
    expect(adopted).toMatchObject({ status: 'adopted', adoptionManner: 'consensus', adoptedByUserId: chair.id });
    expect(adopted.adoptedAt?.toISOString()).toBe('2023-11-24T01:30:00.000Z');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, statement.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'statement.adopted', actorUserId: chair.id });
    // The use-case refuses an edit of the adopted text before the database has to.
    const paragraphs = await findRevisionParagraphs(statement.id, 1);
    const secretariat = await factory.createActor();
    const edit = saveRevisionSchema.parse({ statementId: statement.id, basedOnRevision: 1, note: '', paragraphs: paragraphs.map((p) => ({ key: p.key, kind: p.kind, text: `${p.text} (amended)` })) });
    const before = await snapshot(statement.id);
    expect((await refusal(saveRevision({ actor: secretariat, input: edit }))).messageKey).toBe('statementTextNotEditable');
    expect(await snapshot(statement.id)).toEqual(before);
  });

  it('refuses a delegate, the secretariat, the chair of another meeting, a future time, a stale revision and a text not final, writing nothing', async () => {
    const { chair, otherChair, secretariat, meeting, korean } = await cast();
    const statement = await factory.createStatement({ meetingId: meeting.id, status: 'final', currentRevision: 2 });
    const before = await snapshot(statement.id);
    const now = local(new Date());
    for (const actor of [korean, secretariat, otherChair]) {
      expect(await refusal(adoptByConsensus({ actor, input: consensus(statement.id, now, 2) }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'statementChairOnly' });
    }
    expect((await refusal(adoptByConsensus({ actor: chair, input: consensus(statement.id, local(hoursFromNow(2)), 2) }))).fieldErrors).toEqual({
      adoptedAt: 'adoptedAtInFuture',
    });
    expect((await refusal(adoptByConsensus({ actor: chair, input: consensus(statement.id, now, 1) }))).code).toBe('CONFLICT');
    expect(await snapshot(statement.id)).toEqual(before);
    const circulated = await factory.createCirculatedStatement({ meetingId: meeting.id });
    expect((await refusal(adoptByConsensus({ actor: chair, input: consensus(circulated.id, now) }))).messageKey).toBe('adoptOnlyFinal');
    expect(await rows(auditEvents)).toBe(0);
  });
});

describe('the silence procedure', () => {
  it("starts with a deadline in the meeting's zone and tells every active delegate", async () => {
    const { chair, meeting, russian } = await cast();
    await factory.createUser({ role: 'delegate', isDisabled: true });
    const statement = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    const started = await startSilenceProcedure({ actor: chair, input: silence(statement.id, '2099-03-04T18:00') });
    expect(started).toMatchObject({ status: 'silence_procedure' });
    expect(started.silenceDeadline?.toISOString()).toBe('2099-03-04T09:00:00.000Z');
    expect(started.silenceStartedAt).toBeInstanceOf(Date);
    const mail = await db.select().from(emailOutbox).orderBy(emailOutbox.id);
    expect(mail).toHaveLength(3);
    expect(mail.every((m) => m.kind === 'silence_procedure_started')).toBe(true);
    const toRussia = mail.find((m) => m.toAddress === russian.email)!;
    expect(toRussia.subject).toBe(`Silence procedure: ${statement.title}`);
    expect(toRussia.body).toContain('2099-03-04 18:00 (Asia/Seoul time)');
    const [event] = await db.select().from(auditEvents);
    expect(event).toMatchObject({ action: 'statement.silence_started' });
  });

  it('refuses a past deadline, other actors and a text not final, writing nothing', async () => {
    const { chair, otherChair, secretariat, meeting, russian } = await cast();
    const statement = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    const before = await snapshot(statement.id);
    expect((await refusal(startSilenceProcedure({ actor: chair, input: silence(statement.id, local(hoursFromNow(-1))) }))).fieldErrors).toEqual({
      silenceDeadline: 'silenceDeadlineInPast',
    });
    for (const actor of [russian, secretariat, otherChair]) {
      expect((await refusal(startSilenceProcedure({ actor, input: silence(statement.id, '2099-03-04T18:00') }))).messageKey).toBe('statementChairOnly');
    }
    expect(await snapshot(statement.id)).toEqual(before);
    const draft = await factory.createStatement({ meetingId: meeting.id });
    expect((await refusal(startSilenceProcedure({ actor: chair, input: silence(draft.id, '2099-03-04T18:00') }))).messageKey).toBe('silenceOnlyFinal');
  });

  it("breaks silence with a member state's objection: stored for the round, the text back to drafting, delegates and the chair told", async () => {
    const { chair, meeting, russia, russian, korean, organization } = await cast();
    const deadline = hoursFromNow(48);
    const statement = await underSilence(meeting.id, deadline);
    const broken = await lodgeObjection({ actor: russian, input: objection(statement.id, russia.id) });
    expect(broken).toMatchObject({ status: 'drafting', silenceDeadline: null, silenceStartedAt: null });
    const [stored] = await db.select().from(statementObjections);
    expect(stored).toMatchObject({ statementId: statement.id, partyId: russia.id, userId: russian.id, text: 'The Russian Federation cannot join paragraph 2 as drafted.' });
    expect(stored!.silenceDeadline.toISOString()).toBe(deadline.toISOString());
    const [event] = await db.select().from(auditEvents);
    expect(event).toMatchObject({ action: 'statement.silence_broken', actorUserId: russian.id });
    const mail = await db.select().from(emailOutbox);
    expect(mail.map((m) => m.toAddress).sort()).toEqual([chair.email, korean.email, russian.email, organization.email].sort());
    expect(mail.every((m) => m.kind === 'silence_broken' && m.body.includes('Russian Federation has objected'))).toBe(true);
    // Everyone who reads the statement sees the objection.
    for (const reader of [korean, chair]) {
      expect((await getStatementAdoption({ actor: reader, input: { statementId: statement.id } })).objections).toMatchObject([
        { partyName: 'Russian Federation', userName: 'Ivan Petrov', text: 'The Russian Federation cannot join paragraph 2 as drafted.' },
      ]);
    }
  });

  it('refuses an objection after the deadline, by an organization, for another party, and when no procedure runs, writing nothing', async () => {
    const { chair, meeting, russia, korea, russian, organization, unep } = await cast();
    const running = await underSilence(meeting.id, hoursFromNow(24));
    const before = await snapshot(running.id);
    expect(await refusal(lodgeObjection({ actor: organization, input: objection(running.id, unep.id) }))).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'objectionMemberStatesOnly',
    });
    expect(await refusal(lodgeObjection({ actor: russian, input: objection(running.id, korea.id) }))).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'objectionOwnPartyOnly',
    });
    expect((await refusal(lodgeObjection({ actor: chair, input: objection(running.id, korea.id) }))).messageKey).toBe('objectionOwnPartyOnly');
    expect(await snapshot(running.id)).toEqual(before);

    const passed = await underSilence(meeting.id, hoursFromNow(-1));
    const passedBefore = await snapshot(passed.id);
    expect(await refusal(lodgeObjection({ actor: russian, input: objection(passed.id, russia.id) }))).toMatchObject({
      code: 'INVALID_STATE',
      messageKey: 'objectionDeadlinePassed',
    });
    // The refusal rolls back the adoption it met too: the sweep records it, and readers see it adopted meanwhile.
    expect(await snapshot(passed.id)).toEqual(passedBefore);
    expect((await getStatement({ actor: russian, input: { statementId: passed.id } })).statement).toMatchObject({ status: 'adopted', adoptionManner: 'silence' });

    const final = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    expect((await refusal(lodgeObjection({ actor: russian, input: objection(final.id, russia.id) }))).messageKey).toBe('objectionNoSilenceProcedure');
    expect(await rows(statementObjections)).toBe(0);
  });

  it('is adopted at the deadline by the sweep, once when two sweeps run at once, and not before', async () => {
    const { meeting } = await cast();
    const deadline = hoursFromNow(-2);
    const passed = await underSilence(meeting.id, deadline);
    const running = await underSilence(meeting.id, hoursFromNow(2));

    const outcomes = await Promise.all([sweepSilenceProcedures(), sweepSilenceProcedures()]);
    expect(outcomes.reduce((a, b) => a + b, 0)).toBe(1);
    const [adopted] = await db.select().from(statements).where(eq(statements.id, passed.id));
    expect(adopted).toMatchObject({ status: 'adopted', adoptionManner: 'silence', silenceDeadline: null, adoptedByUserId: null });
    expect(adopted!.adoptedAt?.toISOString()).toBe(deadline.toISOString());
    const events = await db.select().from(auditEvents);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'statement.adopted', entityId: passed.id, actorUserId: null });

    // Before its deadline a procedure is left running; a sweep with the clock moved past it adopts it.
    expect((await db.select().from(statements).where(eq(statements.id, running.id)))[0]!.status).toBe('silence_procedure');
    expect(await sweepSilenceProcedures({ now: () => hoursFromNow(1) })).toBe(0);
    expect(await sweepSilenceProcedures({ now: () => hoursFromNow(3) })).toBe(1);
    expect(await rows(auditEvents)).toBe(2);
  });

  it('sweeps in batches until none is left', async () => {
    const { meeting } = await cast();
    for (let i = 0; i < 5; i++) await underSilence(meeting.id, hoursFromNow(-1 - i));
    expect(await sweepSilenceProcedures({ batchSize: 2 })).toBe(5);
    expect(await rows(auditEvents)).toBe(5);
  });
});

describe('recordPosition', () => {
  it("records a member state's position once per kind: by its delegate, or by the secretariat for a member state it chooses", async () => {
    const { secretariat, meeting, korea, russia, korean } = await cast();
    const adopted = await factory.createStatement({ meetingId: meeting.id, status: 'adopted', adoptedAt: new Date(), adoptionManner: 'consensus' });
    await recordPosition({ actor: korean, input: position(adopted.id, korea.id) });
    await recordPosition({ actor: korean, input: position(adopted.id, korea.id, 'explanation', 'Korea aims at carbon neutrality by 2050.') });
    await recordPosition({ actor: secretariat, input: position(adopted.id, russia.id, 'explanation', 'As stated by the Russian Federation at the meeting.') });
    const view = await getStatementAdoption({ actor: korean, input: { statementId: adopted.id } });
    expect(view.positions.map((p) => [p.partyName, p.kind, p.recorderName])).toEqual([
      ['Republic of Korea', 'reservation', korean.name],
      ['Republic of Korea', 'explanation', korean.name],
      ['Russian Federation', 'explanation', secretariat.name],
    ]);
    expect(view.positionParties).toEqual([{ id: korea.id, name: 'Republic of Korea' }]);
    expect((await getStatementAdoption({ actor: secretariat, input: { statementId: adopted.id } })).positionParties.map((p) => p.name)).toEqual([
      'Republic of Korea',
      'Russian Federation',
    ]);
    expect(await db.select({ action: auditEvents.action }).from(auditEvents)).toEqual(Array(3).fill({ action: 'statement.position_recorded' }));
  });

  it('refuses a duplicate, another party, an organization and a text not adopted, writing nothing', async () => {
    const { meeting, korea, russia, korean, organization, unep, secretariat } = await cast();
    const adopted = await factory.createStatement({ meetingId: meeting.id, status: 'adopted', adoptedAt: new Date(), adoptionManner: 'consensus' });
    await recordPosition({ actor: korean, input: position(adopted.id, korea.id) });
    const before = await snapshot(adopted.id);
    expect(await refusal(recordPosition({ actor: korean, input: position(adopted.id, korea.id, 'reservation', 'Again.') }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'positionAlreadyRecorded',
      values: { party: 'The Republic of Korea' },
    });
    expect((await refusal(recordPosition({ actor: korean, input: position(adopted.id, russia.id) }))).messageKey).toBe('positionOwnPartyOnly');
    expect((await refusal(recordPosition({ actor: organization, input: position(adopted.id, unep.id) }))).messageKey).toBe('positionMemberStatesOnly');
    expect((await refusal(recordPosition({ actor: secretariat, input: position(adopted.id, unep.id) }))).messageKey).toBe('positionMemberStatesOnly');
    expect(await snapshot(adopted.id)).toEqual(before);
    const final = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    expect((await refusal(recordPosition({ actor: korean, input: position(final.id, korea.id) }))).messageKey).toBe('positionNotAdopted');
    expect(await rows(statementPositions)).toBe(1);
  });

  it('refuses positions once the text is published, for a delegate and for the secretariat, writing nothing', async () => {
    const { meeting, korea, korean, secretariat } = await cast();
    const adopted = await factory.createStatement({ meetingId: meeting.id, status: 'adopted', adoptedAt: new Date(), adoptionManner: 'consensus' });
    await publishStatement({ actor: secretariat, input: { statementId: adopted.id } });
    const before = await snapshot(adopted.id);
    for (const actor of [korean, secretariat]) {
      expect(await refusal(recordPosition({ actor, input: position(adopted.id, korea.id) }))).toMatchObject({
        code: 'INVALID_STATE',
        messageKey: 'positionAfterPublication',
      });
    }
    expect(await snapshot(adopted.id)).toEqual(before);
    expect((await getStatementAdoption({ actor: korean, input: { statementId: adopted.id } })).can.recordPosition).toBe(false);
  });
});

describe('publishStatement', () => {
  async function adoptedWithPosition() {
    const actors = await cast();
    const statement = await factory.createStatement({
      meetingId: actors.meeting.id,
      title: 'NEASPEC Commemorative Statement',
      status: 'adopted',
      adoptedAt: new Date('2023-11-24T01:30:00Z'),
      adoptionManner: 'consensus',
    });
    await recordPosition({ actor: actors.korean, input: position(statement.id, actors.korea.id) });
    return { ...actors, statement };
  }

  it('issues the PDF as a public document of the meeting, giving the statement its symbol, and shows it to everyone signed out', async () => {
    const { secretariat, meeting, statement } = await adoptedWithPosition();
    const published = await publishStatement({ actor: secretariat, input: { statementId: statement.id } });
    expect(published).toMatchObject({ status: 'published', publishedByUserId: secretariat.id });
    const [document] = await db.select().from(documents);
    expect(document).toMatchObject({ id: published.documentId, isPublic: true, title: statement.title, contentType: 'application/pdf', kind: 'working' });
    expect(document!.symbol).toMatch(/\/1$/);
    const text = await pdfText(document!.content);
    for (const words of [
      document!.symbol,
      'NEASPEC Commemorative Statement',
      'Adopted by consensus on 24 November 2023 at 10:30 (Asia/Seoul)',
      factory.threeParagraphs[0]!.text,
      `1.`,
      factory.threeParagraphs[2]!.text,
      'Republic of Korea: Reservation',
      'Korea reserves its position on operative paragraph 2.',
    ]) {
      expect(text).toContain(words);
    }
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.id)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['document.uploaded', 'statement.published']);

    const shown = await getPublishedStatement({ input: { statementId: statement.id } });
    expect(shown.paper).toMatchObject({ symbol: document!.symbol, title: statement.title });
    expect(shown.paper.paragraphs.map((p) => p.number)).toEqual([null, 1, 2]);
    expect(await findPublishedStatements({ input: { meetingId: meeting.id } })).toMatchObject([{ id: statement.id, symbol: document!.symbol }]);

    // The DOCX carries the issued paper's masthead: the day given is the day of issue.
    const docx = unzipSync(await renderStatementDocx(shown.paper, { issuedOn: '2023-11-27' }));
    const xml = strFromU8(docx['word/document.xml']!);
    for (const words of [document!.symbol, 'Distr.: General', '27 November 2023', 'Original: English', 'NEASPEC Commemorative Statement', 'Adopted by consensus on 24 November 2023', factory.threeParagraphs[1]!.text, 'Korea reserves its position']) {
      expect(xml).toContain(words);
    }
  });

  it('refuses a text not adopted, one already published, and every role but the secretariat, writing nothing', async () => {
    const { secretariat, chair, korean, meeting, statement } = await adoptedWithPosition();
    const before = await snapshot(statement.id);
    for (const actor of [chair, korean]) {
      expect((await refusal(publishStatement({ actor, input: { statementId: statement.id } }))).code).toBe('FORBIDDEN');
    }
    const final = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    expect((await refusal(publishStatement({ actor: secretariat, input: { statementId: final.id } }))).messageKey).toBe('publishOnlyAdopted');
    expect(await snapshot(statement.id)).toEqual(before);
    await publishStatement({ actor: secretariat, input: { statementId: statement.id } });
    expect((await refusal(publishStatement({ actor: secretariat, input: { statementId: statement.id } }))).messageKey).toBe('statementAlreadyPublished');
    expect(await rows(documents)).toBe(1);
    // Unpublished texts have no public page.
    expect((await refusal(getPublishedStatement({ input: { statementId: final.id } }))).code).toBe('NOT_FOUND');
  });

  it('publishes a text adopted by silence, recording the passed procedure first', async () => {
    const { secretariat, meeting } = await cast();
    const passed = await underSilence(meeting.id, hoursFromNow(-1));
    const published: Statement = await publishStatement({ actor: secretariat, input: { statementId: passed.id } });
    expect(published).toMatchObject({ status: 'published', adoptionManner: 'silence' });
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.id)).map((e) => e.action);
    expect(actions).toEqual(['statement.adopted', 'document.uploaded', 'statement.published']);
  });
});

describe('reading the adoption', () => {
  it('offers each step to whom it belongs, with defaults in the meeting’s zone', async () => {
    const { chair, otherChair, secretariat, meeting, russian, russia } = await cast();
    const final = await factory.createStatement({ meetingId: meeting.id, status: 'final' });
    const forChair = await getStatementAdoption({ actor: chair, input: { statementId: final.id } });
    expect(forChair.can).toMatchObject({ adopt: true, startSilence: true, reopen: true, finalize: false, publish: false });
    expect(forChair.timeZone).toBe(seoul);
    // 72 hours on, at the next full hour.
    expect(forChair.defaults.silenceDeadline).toMatch(/T\d{2}:00$/);
    const deadline = new Date(`${forChair.defaults.silenceDeadline}:00+09:00`).getTime();
    expect(deadline).toBeGreaterThanOrEqual(hoursFromNow(72).getTime() - 120_000);
    expect(deadline).toBeLessThanOrEqual(hoursFromNow(73).getTime());
    expect((await getStatementAdoption({ actor: otherChair, input: { statementId: final.id } }).catch((e: AppError) => e.code))).toBe('NOT_FOUND');
    expect((await getStatementAdoption({ actor: secretariat, input: { statementId: final.id } })).can).toMatchObject({ adopt: false, startSilence: false });
    const running = await underSilence(meeting.id, hoursFromNow(5));
    const forRussia = await getStatementAdoption({ actor: russian, input: { statementId: running.id } });
    expect(forRussia.can.object).toBe(true);
    expect(forRussia.objectingParty).toEqual({ id: russia.id, name: 'Russian Federation' });
    // Delegations are asked to accept a text under silence procedure: they read it even if it was never circulated.
    const neverCirculated = await factory.createStatement({ meetingId: meeting.id, status: 'silence_procedure', silenceDeadline: hoursFromNow(5) });
    expect((await getStatementAdoption({ actor: russian, input: { statementId: neverCirculated.id } })).can.object).toBe(true);
  });
});

