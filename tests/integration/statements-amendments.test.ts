import { asc, count, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { findRevisionParagraphs } from '@/db/queries/statements';
import { auditEvents, emailOutbox, statementAmendments, statementAmendmentSponsors, statementRevisions, statements, type StatementParagraph } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { commentOnStatementSchema, disposeAmendmentSchema, produceRevisionSchema, proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { commentOnStatement } from '@/lib/statements/comment-on-statement';
import { cosponsorAmendment } from '@/lib/statements/cosponsor-amendment';
import { disposeAmendment } from '@/lib/statements/dispose-amendment';
import { getAmendedText } from '@/lib/statements/get-amended-text';
import { getAmendedTextDocx } from '@/lib/statements/get-amended-text-docx';
import { getAmendmentOnScreen } from '@/lib/statements/get-amendment-on-screen';
import { getAmendmentsCompilation } from '@/lib/statements/get-amendments-compilation';
import { getMergePreview } from '@/lib/statements/get-merge-preview';
import { getStatement } from '@/lib/statements/get-statement';
import { getStatementAmendments } from '@/lib/statements/get-statement-amendments';
import { produceRevision } from '@/lib/statements/produce-revision';
import { proposeAmendment } from '@/lib/statements/propose-amendment';
import { withdrawAmendment } from '@/lib/statements/withdraw-amendment';
import { withdrawSupport } from '@/lib/statements/withdraw-support';
import { pdfText } from '../helpers/pdf-text';
import * as factory from './factories';
import { refusal } from './refusal';

const tables = { statementAmendments, statementAmendmentSponsors, auditEvents, statementRevisions, emailOutbox };
/** How many rows each table touched by amendments holds: a refusal leaves them all as they were. */
async function written() {
  const entries = await Promise.all(Object.entries(tables).map(async ([name, table]) => [name, (await db.select({ n: count() }).from(table))[0]!.n] as const));
  return Object.fromEntries(entries);
}

async function delegateOf(name: string, kind: 'member_state' | 'organization' = 'member_state') {
  const party = await factory.createParty({ name, kind });
  return factory.createActor({ role: 'delegate', partyId: party.id, name: `Delegate of ${name}` });
}

/** A circulated three-paragraph statement of a chaired meeting, and the people around it. */
async function negotiation(values: Partial<Parameters<typeof factory.createStatement>[0]> = {}) {
  const chair = await factory.createActor({ role: 'chair' });
  const meeting = await factory.createMeeting({ chairUserId: chair.id });
  const statement = await factory.createCirculatedStatement({ meetingId: meeting.id, ...values });
  const paragraphs = await findRevisionParagraphs(statement.id, statement.currentRevision);
  const [secretariat, japan, china, korea] = await Promise.all([factory.createActor(), delegateOf('Japan'), delegateOf('China'), delegateOf('Republic of Korea')]);
  return { chair, meeting, statement, paragraphs, secretariat, japan, china, korea };
}

const proposal = (statementId: string, paragraph: StatementParagraph, values: Record<string, unknown> = {}) =>
  proposeAmendmentSchema.parse({
    statementId,
    paragraphId: paragraph.id,
    kind: 'replace',
    text: 'Welcome the significant progress of the programme in its five areas;',
    paragraphKind: '',
    rationale: 'The progress deserves recognition.',
    ...values,
  });

const decision = (amendmentId: string, values: Record<string, unknown> = {}) =>
  disposeAmendmentSchema.parse({ amendmentId, decision: 'accept', reason: '', acceptedText: '', ...values });

/**
 * Three amendments to a circulated text: Japan's replacement of operative paragraph 1, co-sponsored by
 * Korea; China's deletion of the preamble, withdrawn; Korea's insertion after operative paragraph 2.
 */
async function threeAmendments() {
  const people = await negotiation();
  const { statement, paragraphs, japan, china, korea } = people;
  const first = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
  const deleted = await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[0]!, { kind: 'delete' }) });
  await proposeAmendment({
    actor: korea,
    input: proposal(statement.id, paragraphs[2]!, { kind: 'insert_after', text: 'Decide to meet again in 2024.', paragraphKind: 'operative' }),
  });
  await cosponsorAmendment({ actor: korea, input: { amendmentId: first.id } });
  await withdrawAmendment({ actor: china, input: { amendmentId: deleted.id } });
  return { ...people, first };
}

describe('proposeAmendment', () => {
  it("numbers a member state's amendments per statement, for the delegate's own party, and audits each", async () => {
    const { statement, paragraphs, japan, china } = await negotiation();
    const first = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const second = await proposeAmendment({
      actor: china,
      input: proposal(statement.id, paragraphs[2]!, { kind: 'insert_after', text: 'Decide to meet again in 2024.', paragraphKind: 'operative' }),
    });
    const third = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[0]!, { kind: 'delete', text: 'left over in the form' }) });
    expect([first, second, third].map((a) => [a.number, a.kind, a.partyId, a.status])).toEqual([
      [1, 'replace', japan.partyId, 'proposed'],
      [2, 'insert_after', china.partyId, 'proposed'],
      [3, 'delete', japan.partyId, 'proposed'],
    ]);
    expect(second.paragraphKind).toBe('operative');
    expect(third).toMatchObject({ text: null, paragraphKind: null, proposedByUserId: japan.id });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, statement.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual(Array(3).fill('statement.amendment_proposed'));
    expect(events[0]!.change).toMatchObject({ fields: { amendmentNumber: { after: 1 }, amendmentKind: { after: 'replace' }, partyId: { after: japan.partyId } } });
  });

  it('takes no party from the client: a forged partyId is dropped by the schema and ignored by the use-case', async () => {
    const { statement, paragraphs, japan, china } = await negotiation();
    const input = proposal(statement.id, paragraphs[1]!, { partyId: china.partyId });
    expect(input).not.toHaveProperty('partyId');
    const amendment = await proposeAmendment({ actor: japan, input: { ...input, partyId: china.partyId } as typeof input });
    expect(amendment.partyId).toBe(japan.partyId);
  });

  it("refuses an organization's delegate, the secretariat, the chair and an observer, writing nothing", async () => {
    const { statement, paragraphs, secretariat, chair } = await negotiation();
    const escap = await delegateOf('UN ESCAP', 'organization');
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ kind: 'observer' })).id });
    const before = await written();
    for (const actor of [escap, secretariat, chair]) {
      expect(await refusal(proposeAmendment({ actor, input: proposal(statement.id, paragraphs[1]!) }))).toMatchObject({
        code: 'FORBIDDEN',
        messageKey: 'amendmentMemberStatesOnly',
      });
    }
    // An observer may not even read a circulated text.
    expect((await refusal(proposeAmendment({ actor: observer, input: proposal(statement.id, paragraphs[1]!) }))).code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('refuses a paragraph of an earlier revision as stale, and one of another statement, writing nothing', async () => {
    const { meeting, japan } = await negotiation();
    const revised = await factory.createCirculatedStatement({ meetingId: meeting.id, currentRevision: 2 });
    const [old] = await findRevisionParagraphs(revised.id, 1);
    const other = await factory.createCirculatedStatement({ meetingId: meeting.id });
    const [foreign] = await findRevisionParagraphs(other.id, 1);
    const before = await written();
    expect(await refusal(proposeAmendment({ actor: japan, input: proposal(revised.id, old!) }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'amendmentRevisionStale',
      values: { revision: 2 },
    });
    expect((await refusal(proposeAmendment({ actor: japan, input: proposal(revised.id, foreign!) }))).fieldErrors).toEqual({
      paragraphId: 'amendmentParagraphRequired',
    });
    expect(await written()).toEqual(before);
  });

  it('refuses after the comment deadline, after finalization, before circulation, and a replacement with the same words', async () => {
    const { meeting, statement, paragraphs, japan } = await negotiation();
    const late = await factory.createCirculatedStatement({ meetingId: meeting.id, commentDeadline: new Date(Date.now() - 60_000) });
    const final = await factory.createStatement({ meetingId: meeting.id, status: 'final', circulatedRevision: 1, commentDeadline: new Date(Date.now() + 86_400_000) });
    const draft = await factory.createStatement({ meetingId: meeting.id });
    const first = async (id: string) => (await findRevisionParagraphs(id, 1))[1]!;
    const before = await written();
    expect((await refusal(proposeAmendment({ actor: japan, input: proposal(late.id, await first(late.id)) }))).messageKey).toBe('statementCommentDeadlinePassed');
    expect((await refusal(proposeAmendment({ actor: japan, input: proposal(final.id, await first(final.id)) }))).messageKey).toBe('amendmentTextFinal');
    expect((await refusal(proposeAmendment({ actor: japan, input: proposal(draft.id, await first(draft.id)) }))).code).toBe('NOT_FOUND');
    const same = await refusal(proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!, { text: paragraphs[1]!.text }) }));
    expect(same.fieldErrors).toEqual({ text: 'amendmentTextUnchanged' });
    expect(await written()).toEqual(before);
  });

  it('refuses a change already proposed and still open, writing nothing, and takes it again once that one is withdrawn', async () => {
    const { statement, paragraphs, japan, china } = await negotiation();
    const first = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const before = await written();
    // The form sent twice, and the same words with other spacing.
    expect(await refusal(proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'amendmentRepeatsOwn',
      values: { number: first.number },
    });
    const respaced = proposal(statement.id, paragraphs[1]!, { text: 'Welcome the significant  progress of the programme\nin its five areas;' });
    expect(await refusal(proposeAmendment({ actor: china, input: respaced }))).toMatchObject({ messageKey: 'amendmentRepeatsOther', values: { number: first.number } });
    expect(await written()).toEqual(before);

    await withdrawAmendment({ actor: japan, input: { amendmentId: first.id } });
    expect((await proposeAmendment({ actor: china, input: respaced })).number).toBe(first.number + 1);
  });

  it('refuses at the schema a proposal without words, an insertion without its kind and a missing rationale', () => {
    const id = crypto.randomUUID();
    const messages = (values: Record<string, unknown>) =>
      proposeAmendmentSchema.safeParse({ statementId: id, paragraphId: id, kind: 'replace', text: '', paragraphKind: '', rationale: 'Why', ...values }).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages({})).toEqual(['text:amendmentTextRequired']);
    expect(messages({ kind: 'insert_after', text: 'New words' })).toEqual(['paragraphKind:paragraphKindInvalid']);
    expect(messages({ kind: 'delete', rationale: ' ' })).toEqual(['rationale:amendmentRationaleRequired']);
    expect(messages({ kind: 'amend' })).toEqual(expect.arrayContaining(['kind:amendmentKindInvalid']));
  });

  it('gives two proposals made at once different numbers', async () => {
    const { statement, paragraphs, japan, china, korea } = await negotiation();
    const made = await Promise.all(
      [japan, china, korea, japan, china].map((actor, i) => proposeAmendment({ actor, input: proposal(statement.id, paragraphs[1]!, { text: `Version ${i}` }) })),
    );
    expect(made.map((a) => a.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('cosponsorAmendment', () => {
  it("lets other member states support an amendment once each; not the proposer's, not an organization", async () => {
    const { statement, paragraphs, japan, china, korea } = await negotiation();
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await cosponsorAmendment({ actor: china, input: { amendmentId: amendment.id } });
    await cosponsorAmendment({ actor: korea, input: { amendmentId: amendment.id } });
    const sponsors = await db.select().from(statementAmendmentSponsors);
    expect(sponsors.map((s) => s.partyId).sort()).toEqual([china.partyId, korea.partyId].sort());

    const chinaColleague = await factory.createActor({ role: 'delegate', partyId: china.partyId });
    const japanColleague = await factory.createActor({ role: 'delegate', partyId: japan.partyId });
    const escap = await delegateOf('UN ESCAP', 'organization');
    const before = await written();
    expect(await refusal(cosponsorAmendment({ actor: chinaColleague, input: { amendmentId: amendment.id } }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'amendmentAlreadySponsored',
    });
    expect((await refusal(cosponsorAmendment({ actor: japanColleague, input: { amendmentId: amendment.id } }))).messageKey).toBe('amendmentOwnParty');
    expect((await refusal(cosponsorAmendment({ actor: escap, input: { amendmentId: amendment.id } }))).messageKey).toBe('amendmentMemberStatesOnly');
    expect((await refusal(cosponsorAmendment({ actor: china, input: { amendmentId: crypto.randomUUID() } }))).code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'statement.amendment_sponsored')).orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(2);
  });

  it('refuses support for a withdrawn amendment and after the comment deadline', async () => {
    const { statement, paragraphs, japan, china, korea } = await negotiation();
    const withdrawn = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const open = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[2]!, { kind: 'delete' }) });
    await withdrawAmendment({ actor: japan, input: { amendmentId: withdrawn.id } });
    expect((await refusal(cosponsorAmendment({ actor: china, input: { amendmentId: withdrawn.id } }))).messageKey).toBe('amendmentNotProposed');
    await db.update(statements).set({ commentDeadline: new Date(Date.now() - 1000) }).where(eq(statements.id, statement.id));
    expect((await refusal(cosponsorAmendment({ actor: korea, input: { amendmentId: open.id } }))).messageKey).toBe('statementCommentDeadlinePassed');
    expect(await db.select().from(statementAmendmentSponsors)).toEqual([]);
  });
});

describe('withdrawSupport', () => {
  it("lets a co-sponsoring party's delegate take its support back, audited, and give it again", async () => {
    const { statement, paragraphs, japan, china, korea } = await negotiation();
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await cosponsorAmendment({ actor: china, input: { amendmentId: amendment.id } });
    await cosponsorAmendment({ actor: korea, input: { amendmentId: amendment.id } });
    // Any delegate of the party speaks for it.
    const chinaColleague = await factory.createActor({ role: 'delegate', partyId: china.partyId });
    await withdrawSupport({ actor: chinaColleague, input: { amendmentId: amendment.id } });
    expect((await db.select().from(statementAmendmentSponsors)).map((s) => s.partyId)).toEqual([korea.partyId]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'statement.amendment_support_withdrawn')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ actorUserId: chinaColleague.id, entityId: statement.id, change: { fields: { amendmentNumber: { after: 1 }, partyId: { before: china.partyId } } } });
    await cosponsorAmendment({ actor: china, input: { amendmentId: amendment.id } });
    expect(await db.select().from(statementAmendmentSponsors)).toHaveLength(2);
  });

  it('refuses a party that gives no support, the proposer, a decided amendment and after the deadline, writing nothing', async () => {
    const { statement, paragraphs, japan, china, korea, secretariat } = await negotiation();
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const decided = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[2]!, { kind: 'delete' }) });
    await cosponsorAmendment({ actor: china, input: { amendmentId: amendment.id } });
    await cosponsorAmendment({ actor: china, input: { amendmentId: decided.id } });
    await disposeAmendment({ actor: secretariat, input: decision(decided.id) });
    const before = await written();
    for (const actor of [korea, japan]) {
      expect((await refusal(withdrawSupport({ actor, input: { amendmentId: amendment.id } }))).messageKey).toBe('amendmentNotSponsored');
    }
    expect((await refusal(withdrawSupport({ actor: secretariat, input: { amendmentId: amendment.id } }))).messageKey).toBe('amendmentMemberStatesOnly');
    expect((await refusal(withdrawSupport({ actor: china, input: { amendmentId: decided.id } }))).messageKey).toBe('amendmentNotProposed');
    await db.update(statements).set({ commentDeadline: new Date(Date.now() - 1000) }).where(eq(statements.id, statement.id));
    expect((await refusal(withdrawSupport({ actor: china, input: { amendmentId: amendment.id } }))).messageKey).toBe('statementCommentDeadlinePassed');
    expect(await written()).toEqual(before);
  });
});

describe('withdrawAmendment', () => {
  it("lets any delegate of the proposing party withdraw it, once; another party's delegate may not", async () => {
    const { statement, paragraphs, japan, china } = await negotiation();
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const before = await written();
    expect(await refusal(withdrawAmendment({ actor: china, input: { amendmentId: amendment.id } }))).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'amendmentNotYourParty',
    });
    expect(await written()).toEqual(before);

    const colleague = await factory.createActor({ role: 'delegate', partyId: japan.partyId });
    const withdrawn = await withdrawAmendment({ actor: colleague, input: { amendmentId: amendment.id } });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', decidedByUserId: colleague.id });
    expect(Date.now() - withdrawn.decidedAt!.getTime()).toBeLessThan(60_000);
    expect((await refusal(withdrawAmendment({ actor: japan, input: { amendmentId: amendment.id } }))).messageKey).toBe('amendmentNotProposed');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'statement.amendment_withdrawn')).orderBy(asc(auditEvents.id));
    expect(event!.change).toMatchObject({ fields: { amendmentStatus: { before: 'proposed', after: 'withdrawn' } } });
  });

  it('refuses withdrawing an amendment already decided', async () => {
    const { statement, paragraphs, japan, secretariat } = await negotiation();
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await disposeAmendment({ actor: secretariat, input: decision(amendment.id) });
    expect((await refusal(withdrawAmendment({ actor: japan, input: { amendmentId: amendment.id } }))).messageKey).toBe('amendmentNotProposed');
  });
});

describe('disposeAmendment', () => {
  it("lets the secretariat and the meeting's chair accept, reject with a reason, or accept with a change", async () => {
    const { statement, paragraphs, japan, china, secretariat, chair } = await negotiation();
    const [a1, a2, a3] = await Promise.all([
      proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) }),
      proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[2]!, { kind: 'delete' }) }),
      proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[0]!, { text: 'Recalling the Framework for NEASPEC of 1996,' }) }),
    ]);
    expect(await disposeAmendment({ actor: secretariat, input: decision(a1!.id) })).toMatchObject({ status: 'accepted', acceptedText: null, decidedByUserId: secretariat.id });
    expect(await disposeAmendment({ actor: chair, input: decision(a2!.id, { decision: 'reject', reason: 'The request stays.' }) })).toMatchObject({
      status: 'rejected',
      decisionReason: 'The request stays.',
    });
    const changed = await disposeAmendment({ actor: chair, input: decision(a3!.id, { decision: 'accept_with_change', acceptedText: 'Recalling the NEASPEC Framework (1996),' }) });
    expect(changed).toMatchObject({ status: 'accepted', acceptedText: 'Recalling the NEASPEC Framework (1996),' });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'statement.amendment_decided')).orderBy(asc(auditEvents.id));
    expect(events.map((e) => (e.change as { fields: { amendmentStatus: { after: string } } }).fields.amendmentStatus.after).sort()).toEqual(['accepted', 'accepted', 'rejected']);
  });

  it('tells the active delegates of the proposing and co-sponsoring parties by email, and no one else', async () => {
    const { statement, paragraphs, japan, china, korea, chair } = await negotiation();
    const [secondOfJapan] = await Promise.all([
      factory.createActor({ role: 'delegate', partyId: japan.partyId, name: 'Another Delegate of Japan' }),
      factory.createUser({ role: 'delegate', partyId: japan.partyId, isDisabled: true }),
    ]);
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await cosponsorAmendment({ actor: korea, input: { amendmentId: amendment.id } });
    await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[2]!, { kind: 'delete' }) });

    await disposeAmendment({ actor: chair, input: decision(amendment.id, { decision: 'reject', reason: 'The paragraph stays as agreed in 2022.' }) });
    const mail = await db.select().from(emailOutbox).orderBy(emailOutbox.toAddress);
    expect(mail.map((m) => m.toAddress)).toEqual([japan.email, secondOfJapan!.email, korea.email].map((e) => e.toLowerCase()).sort());
    expect(new Set(mail.map((m) => m.subject))).toEqual(new Set([`Amendment 1 rejected: ${statement.title}`]));
    expect(mail[0]).toMatchObject({ kind: 'amendment_decided', status: 'pending' });
    expect(mail[0]!.body).toContain(`The chair has rejected amendment 1 to "${statement.title}"`);
    expect(mail[0]!.body).toContain('proposed by Japan.');
    expect(mail[0]!.body).toContain('The reason:\nThe paragraph stays as agreed in 2022.');
    expect(mail[0]!.body).toContain(`/meetings/${statement.meetingId}/statements/${statement.id}`);
  });

  it('refuses a delegate, the chair of another meeting, a second decision and a decision after finalization, writing nothing', async () => {
    const { statement, paragraphs, japan, secretariat } = await negotiation();
    const amendment = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const otherChair = await factory.createActor({ role: 'chair' });
    await factory.createMeeting({ chairUserId: otherChair.id });
    const before = await written();
    for (const actor of [japan, otherChair]) {
      expect(await refusal(disposeAmendment({ actor, input: decision(amendment.id) }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'amendmentDisposeForbidden' });
    }
    expect(await written()).toEqual(before);

    await disposeAmendment({ actor: secretariat, input: decision(amendment.id, { decision: 'reject', reason: 'Not agreed.' }) });
    expect((await refusal(disposeAmendment({ actor: secretariat, input: decision(amendment.id) }))).messageKey).toBe('amendmentNotProposed');
    const later = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[2]!, { kind: 'delete' }) });
    await db.update(statements).set({ status: 'final' }).where(eq(statements.id, statement.id));
    expect((await refusal(disposeAmendment({ actor: secretariat, input: decision(later.id) }))).messageKey).toBe('amendmentDecisionsClosed');
    expect((await db.select().from(statementAmendments).where(eq(statementAmendments.id, later.id)))[0]!.status).toBe('proposed');
  });

  it('refuses at the schema a rejection without a reason and a change without words', () => {
    const id = crypto.randomUUID();
    expect(disposeAmendmentSchema.safeParse({ amendmentId: id, decision: 'reject', reason: ' ' }).error!.issues[0]).toMatchObject({
      path: ['reason'],
      message: 'amendmentReasonRequired',
    });
    expect(disposeAmendmentSchema.safeParse({ amendmentId: id, decision: 'accept_with_change', acceptedText: '' }).error!.issues[0]).toMatchObject({
      path: ['acceptedText'],
      message: 'amendmentAcceptedTextRequired',
    });
    // Words typed before choosing a plain acceptance are not kept.
    expect(disposeAmendmentSchema.parse({ amendmentId: id, decision: 'accept', acceptedText: 'Other words' }).acceptedText).toBeNull();
  });
});

describe('produceRevision', () => {
  const produce = (statementId: string, amendmentIds: string[], values: Record<string, unknown> = {}) =>
    produceRevisionSchema.parse({ statementId, basedOnRevision: 1, amendmentIds, resolutions: [], note: '', ...values });

  it('merges the accepted amendments into the next revision, marks them merged, leaves the undecided alone and goes back to drafting', async () => {
    const { statement, paragraphs, japan, china, korea, secretariat } = await negotiation();
    const [p1, p2, p3] = paragraphs;
    const replace = await proposeAmendment({ actor: japan, input: proposal(statement.id, p2!) });
    const insert = await proposeAmendment({ actor: china, input: proposal(statement.id, p2!, { kind: 'insert_after', text: 'Decide to meet again in 2024;', paragraphKind: 'operative' }) });
    const remove = await proposeAmendment({ actor: korea, input: proposal(statement.id, p1!, { kind: 'delete' }) });
    const rejected = await proposeAmendment({ actor: korea, input: proposal(statement.id, p3!, { text: 'Request nothing.' }) });
    const undecided = await proposeAmendment({ actor: china, input: proposal(statement.id, p3!, { kind: 'delete' }) });
    for (const a of [replace, insert]) await disposeAmendment({ actor: secretariat, input: decision(a.id) });
    await disposeAmendment({ actor: secretariat, input: decision(remove.id, { decision: 'accept_with_change', acceptedText: 'Recalling the NEASPEC Framework (1996),' }) });
    await disposeAmendment({ actor: secretariat, input: decision(rejected.id, { decision: 'reject', reason: 'No.' }) });

    const saved = await produceRevision({ actor: secretariat, input: produce(statement.id, [replace.id, insert.id, remove.id], { note: 'Amendments of the first round' }) });
    expect(saved).toMatchObject({ status: 'drafting', currentRevision: 2 });
    const revision2 = await findRevisionParagraphs(statement.id, 2);
    expect(revision2.map((p) => [p.kind, p.text, p.amendmentIds])).toEqual([
      ['preambular', 'Recalling the NEASPEC Framework (1996),', [remove.id]],
      ['operative', 'Welcome the significant progress of the programme in its five areas;', [replace.id]],
      ['operative', 'Decide to meet again in 2024;', [insert.id]],
      ['operative', p3!.text, []],
    ]);
    expect(revision2.map((p) => p.key)).toEqual([p1!.key, p2!.key, expect.any(String), p3!.key]);
    expect(revision2[2]!.key).not.toBe(p2!.key);
    const rows = await db.select().from(statementAmendments);
    const merged = Object.fromEntries(rows.map((r) => [r.id, [r.status, r.mergedIntoRevision]]));
    expect(merged).toEqual({
      [replace.id]: ['accepted', 2],
      [insert.id]: ['accepted', 2],
      [remove.id]: ['accepted', 2],
      [rejected.id]: ['rejected', null],
      [undecided.id]: ['proposed', null],
    });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'statement.merged')).orderBy(asc(auditEvents.id));
    expect(event!.change).toMatchObject({ fields: { statementStatus: { before: 'circulated', after: 'drafting' }, revision: { before: 1, after: 2 }, amendmentNumber: { after: '1, 2, 3' } } });
  });

  it('refuses two accepted amendments rewriting one paragraph until the user settles it, listing the conflict and writing nothing', async () => {
    const { statement, paragraphs, japan, china, secretariat } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const a2 = await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[1]!, { kind: 'delete' }) });
    for (const a of [a1, a2]) await disposeAmendment({ actor: secretariat, input: decision(a.id) });
    const preview = await getMergePreview({ actor: secretariat, input: { statementId: statement.id } });
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ paragraphId: paragraphs[1]!.id, target: { kind: 'operative', number: 1 }, amendments: [expect.objectContaining({ number: 1, partyName: 'Japan' }), expect.objectContaining({ number: 2, partyName: 'China' })] }),
    ]);
    expect(preview.paragraphs.map((p) => p.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    const before = await written();
    expect(await refusal(produceRevision({ actor: secretariat, input: produce(statement.id, [a1.id, a2.id]) }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'amendmentMergeConflicts',
      values: { conflicts: '¶ 1: 1, 2' },
    });
    expect(await written()).toEqual(before);

    const settled = produce(statement.id, [a1.id, a2.id], { resolutions: [{ paragraphId: paragraphs[1]!.id, outcome: 'text', text: 'Welcome the progress made.' }] });
    await produceRevision({ actor: secretariat, input: settled });
    const revision2 = await findRevisionParagraphs(statement.id, 2);
    expect(revision2[1]).toMatchObject({ text: 'Welcome the progress made.', amendmentIds: [a1.id, a2.id] });
  });

  it('deletes a conflicting paragraph when the user settles it so', async () => {
    const { statement, paragraphs, japan, china, secretariat } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[2]!, { text: 'Request a report.' }) });
    const a2 = await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[2]!, { text: 'Request a short report.' }) });
    for (const a of [a1, a2]) await disposeAmendment({ actor: secretariat, input: decision(a.id) });
    await produceRevision({ actor: secretariat, input: produce(statement.id, [a1.id, a2.id], { resolutions: [{ paragraphId: paragraphs[2]!.id, outcome: 'delete' }] }) });
    expect((await findRevisionParagraphs(statement.id, 2)).map((p) => p.key)).toEqual([paragraphs[0]!.key, paragraphs[1]!.key]);
  });

  it('refuses a stale revision, amendments decided since the preview, nothing to merge and anyone but the secretariat, writing nothing', async () => {
    const { statement, paragraphs, japan, chair, secretariat } = await negotiation();
    expect((await refusal(produceRevision({ actor: secretariat, input: produce(statement.id, []) }))).messageKey).toBe('amendmentsNoneToMerge');
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const a2 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[2]!, { kind: 'delete' }) });
    await disposeAmendment({ actor: secretariat, input: decision(a1.id) });
    const before = await written();
    for (const actor of [chair, japan]) {
      expect((await refusal(produceRevision({ actor, input: produce(statement.id, [a1.id]) }))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(produceRevision({ actor: secretariat, input: produce(statement.id, [a1.id], { basedOnRevision: 2 }) }))).code).toBe('CONFLICT');
    await disposeAmendment({ actor: chair, input: decision(a2.id) });
    const seen = await refusal(produceRevision({ actor: secretariat, input: produce(statement.id, [a1.id]) }));
    expect(seen).toMatchObject({ code: 'CONFLICT', messageKey: 'amendmentsDecidedMeanwhile' });
    expect((await written()).statementRevisions).toBe(before.statementRevisions);

    await produceRevision({ actor: secretariat, input: produce(statement.id, [a1.id, a2.id]) });
    // Back in drafting, the text takes no second merge.
    expect((await refusal(produceRevision({ actor: secretariat, input: produce(statement.id, [a1.id, a2.id], { basedOnRevision: 2 }) }))).messageKey).toBe(
      'amendmentMergeNotCirculated',
    );
  });
});

describe('getStatementAmendments', () => {
  it('shows every reader all amendments with who proposed and supported them, and what each reader may do', async () => {
    const { statement, paragraphs, japan, china, korea, secretariat, chair } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[0]!, { kind: 'delete' }) });
    await cosponsorAmendment({ actor: korea, input: { amendmentId: a1.id } });

    const seenBy = async (actor: Actor) => (await getStatementAmendments({ actor, input: { statementId: statement.id } })).amendments;
    const [first, second] = await seenBy(china);
    expect(first).toMatchObject({
      number: 1,
      kind: 'replace',
      target: { kind: 'operative', number: 1 },
      targetText: paragraphs[1]!.text,
      partyName: 'Japan',
      proposerName: 'Delegate of Japan',
      sponsors: [{ partyName: 'Republic of Korea', userName: 'Delegate of Republic of Korea' }],
      status: 'proposed',
      can: { cosponsor: true, withdrawSupport: false, withdraw: false, dispose: false },
    });
    expect(first!.proposedChange.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['significant']);
    expect(second).toMatchObject({ number: 2, target: { kind: 'preambular', number: 1 }, can: { cosponsor: false, withdraw: true } });
    expect((await seenBy(japan))[0]!.can).toEqual({ cosponsor: false, withdrawSupport: false, withdraw: true, dispose: false });
    expect((await seenBy(korea))[0]!.can).toEqual({ cosponsor: false, withdrawSupport: true, withdraw: false, dispose: false });
    expect((await seenBy(chair))[0]!.can).toEqual({ cosponsor: false, withdrawSupport: false, withdraw: false, dispose: true });
    expect((await seenBy(secretariat)).map((a) => a.can.dispose)).toEqual([true, true]);

    const forJapan = await getStatementAmendments({ actor: japan, input: { statementId: statement.id } });
    expect(forJapan.can.amend).toBe(true);
    expect(forJapan.paragraphs.map((p) => p.ref)).toEqual([
      { kind: 'preambular', number: 1 },
      { kind: 'operative', number: 1 },
      { kind: 'operative', number: 2 },
    ]);
    expect((await getStatementAmendments({ actor: secretariat, input: { statementId: statement.id } })).paragraphs).toEqual([]);
  });

  it('lists amendments a page at a time, by number, each named with the page it is on', async () => {
    const { statement, paragraphs, japan, china } = await negotiation();
    const proposed = [];
    for (let i = 0; i < 21; i++) {
      const words = proposal(statement.id, paragraphs[i % 3]!, { text: `Welcome the progress of the programme, version ${i};` });
      proposed.push(await proposeAmendment({ actor: i % 2 ? china : japan, input: words }));
    }
    const pageOf = (page?: number) => getStatementAmendments({ actor: china, input: { statementId: statement.id, page } });
    const first = await pageOf();
    expect(first.amendments.map((a) => a.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(first.pagination).toEqual({ page: 1, pageCount: 2, total: 21 });
    const second = await pageOf(2);
    expect(second.amendments).toMatchObject([{ number: 21, partyName: 'Japan', targetText: paragraphs[2]!.text }]);
    expect(second.labels[proposed[20]!.id]).toEqual({ number: 21, partyName: 'Japan', page: 2 });
    expect(second.labels[proposed[0]!.id]).toEqual({ number: 1, partyName: 'Japan', page: 1 });
    // A page past the end shows the last one.
    expect((await pageOf(9)).pagination.page).toBe(2);
  });

  it('names the amendments that shaped each paragraph of the merged revision', async () => {
    const { statement, paragraphs, japan, secretariat } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await disposeAmendment({ actor: secretariat, input: decision(a1.id, { decision: 'accept_with_change', acceptedText: 'Welcome the progress made;' }) });
    await produceRevision({ actor: secretariat, input: produceRevisionSchema.parse({ statementId: statement.id, basedOnRevision: 1, amendmentIds: [a1.id] }) });
    const read = await getStatementAmendments({ actor: secretariat, input: { statementId: statement.id } });
    expect(read.labels).toEqual({ [a1.id]: { number: 1, partyName: 'Japan', page: 1 } });
    expect(read.amendments[0]).toMatchObject({ mergedIntoRevision: 2, acceptedText: 'Welcome the progress made;', can: { dispose: false } });
    expect(read.amendments[0]!.acceptedChange!.some((c) => c.removed)).toBe(true);
    // Delegates still read the text and its amendments until it is circulated again.
    const revision2 = await getStatement({ actor: japan, input: { statementId: statement.id } });
    expect(revision2.paragraphs[1]!.amendmentIds).toEqual([a1.id]);
  });
});

describe('getAmendmentOnScreen', () => {
  it('shows one amendment against the paragraph of its revision, with the amendments before and after it still before the meeting', async () => {
    const { statement, paragraphs, secretariat } = await threeAmendments();

    const onScreen = (number: number) => getAmendmentOnScreen({ actor: secretariat, input: { statementId: statement.id, number } });
    const first = await onScreen(1);
    expect(first.statement.id).toBe(statement.id);
    expect(first.amendment).toMatchObject({
      number: 1,
      target: { kind: 'operative', number: 1 },
      targetText: paragraphs[1]!.text,
      partyName: 'Japan',
      sponsors: [{ partyName: 'Republic of Korea' }],
    });
    expect(first.amendment.proposedChange.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['significant']);
    expect(first).toMatchObject({ previous: null, next: 3, position: { index: 1, count: 2 } });
    expect(await onScreen(3)).toMatchObject({ amendment: { kind: 'insert_after', targetText: paragraphs[2]!.text }, previous: 1, next: null, position: { index: 2, count: 2 } });
    // A withdrawn amendment still opens, named as no longer before the meeting.
    expect(await onScreen(2)).toMatchObject({ amendment: { status: 'withdrawn' }, previous: 1, next: 3, position: null });
  });

  it('shows the words accepted instead beside the proposal, after they are merged into a later revision', async () => {
    const { statement, paragraphs, japan, secretariat } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await disposeAmendment({ actor: secretariat, input: decision(a1.id, { decision: 'accept_with_change', acceptedText: 'Welcome the progress made;' }) });
    await produceRevision({ actor: secretariat, input: produceRevisionSchema.parse({ statementId: statement.id, basedOnRevision: 1, amendmentIds: [a1.id] }) });
    const { amendment } = await getAmendmentOnScreen({ actor: japan, input: { statementId: statement.id, number: 1 } });
    expect(amendment).toMatchObject({ revisionNumber: 1, targetText: paragraphs[1]!.text, status: 'accepted', mergedIntoRevision: 2 });
    expect(amendment.acceptedChange!.filter((c) => !c.removed).map((c) => c.value).join('')).toBe('Welcome the progress made;');
    expect(amendment.acceptedChange!.some((c) => c.removed)).toBe(true);
  });

  it('is missing to an observer, for a number never given, and for a statement the reader may not read', async () => {
    const { meeting, statement, paragraphs, japan } = await negotiation();
    await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ kind: 'observer' })).id });
    const otherChair = await factory.createActor({ role: 'chair' });
    const draft = await factory.createStatement({ meetingId: meeting.id });
    for (const [actor, statementId, number] of [
      [observer, statement.id, 1],
      [japan, statement.id, 2],
      [japan, draft.id, 1],
      [otherChair, draft.id, 1],
    ] as const) {
      expect((await refusal(getAmendmentOnScreen({ actor, input: { statementId, number } }))).code).toBe('NOT_FOUND');
    }
  });
});

describe('getAmendmentsCompilation', () => {
  it('prints every amendment on record, by number, for staff, the chair and the delegations, leaving the withdrawn out', async () => {
    const { meeting, statement, japan, china, secretariat, chair, first } = await threeAmendments();
    await disposeAmendment({ actor: secretariat, input: decision(first.id, { decision: 'accept_with_change', acceptedText: 'Welcome the progress made;' }) });

    for (const actor of [secretariat, chair, japan, china]) {
      const file = await getAmendmentsCompilation({ actor, input: { meetingId: meeting.id, statementId: statement.id } });
      expect(file).toMatchObject({ contentType: 'application/pdf', fileName: expect.stringMatching(/^Compilation-on-.+\.pdf$/) });
      const text = await pdfText(file.body);
      expect(text).toContain('Compilation of amendments');
      expect(text).toContain(`As of`);
      expect(text).toContain('Amendment 1 (Japan), co-sponsored by Republic of Korea');
      expect(text).toContain('Accepted with a change by');
      expect(text).toContain('Welcome the progress made;');
      expect(text).toContain('Amendment 3 (Republic of Korea)');
      expect(text).toContain('Decide to meet again in 2024.');
      expect(text).not.toContain('Amendment 2 (China)');
    }
  });

  it("adds the delegations' general comments, and is made for a text with comments and no amendment", async () => {
    const { meeting, statement, japan, china } = await negotiation();
    await commentOnStatement({ actor: china, input: commentOnStatementSchema.parse({ statementId: statement.id, body: 'China supports the draft and will consult its capital.' }) });
    const text = await pdfText((await getAmendmentsCompilation({ actor: japan, input: { meetingId: meeting.id, statementId: statement.id } })).body);
    expect(text).toContain('Compilation of comments');
    expect(text).toContain('China, on revision 1,');
    expect(text).toContain('China supports the draft and will consult its capital.');
    expect((await getStatementAmendments({ actor: japan, input: { statementId: statement.id } })).hasCompilation).toBe(true);
  });

  it('is missing to an observer, for a statement of another meeting or none on record, and for a draft the reader may not read', async () => {
    const { meeting, statement, paragraphs, japan } = await negotiation();
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ kind: 'observer' })).id });
    const draft = await factory.createStatement({ meetingId: meeting.id });
    const compile = (actor: Actor, statementId = statement.id, meetingId = meeting.id) => getAmendmentsCompilation({ actor, input: { meetingId, statementId } });
    // Nothing on record yet, then one amendment withdrawn: still nothing to compile.
    expect((await refusal(compile(japan))).code).toBe('NOT_FOUND');
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await withdrawAmendment({ actor: japan, input: { amendmentId: a1.id } });
    expect((await refusal(compile(japan))).code).toBe('NOT_FOUND');
    // The page offers the compilation only with an amendment or a comment on record.
    const offered = async () => (await getStatementAmendments({ actor: japan, input: { statementId: statement.id } })).hasCompilation;
    expect(await offered()).toBe(false);
    await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[2]!) });
    expect(await offered()).toBe(true);
    await expect(compile(japan)).resolves.toMatchObject({ contentType: 'application/pdf' });
    expect((await refusal(compile(observer))).code).toBe('NOT_FOUND');
    expect((await refusal(compile(japan, statement.id, (await factory.createMeeting()).id))).code).toBe('NOT_FOUND');
    expect((await refusal(compile(japan, draft.id))).code).toBe('NOT_FOUND');
  });
});

describe('getAmendedText', () => {
  it('merges the amendments accepted so far into the circulated text for every delegation, until the next revision takes them in', async () => {
    const { statement, paragraphs, japan, china, korea, secretariat } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const a2 = await proposeAmendment({
      actor: korea,
      input: proposal(statement.id, paragraphs[2]!, { kind: 'insert_after', text: 'Decide to meet again in 2024.', paragraphKind: 'operative' }),
    });
    await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[0]!, { kind: 'delete' }) });
    // Nothing accepted yet: no text as amended.
    expect(await getAmendedText({ actor: china, input: { statementId: statement.id } })).toBeNull();

    await disposeAmendment({ actor: secretariat, input: decision(a1.id) });
    await disposeAmendment({ actor: secretariat, input: decision(a2.id) });
    const amended = await getAmendedText({ actor: china, input: { statementId: statement.id } });
    expect(amended).toMatchObject({ basedOnRevision: 1, undecided: 1, conflicts: [] });
    expect(amended!.amendments.map((a) => [a.number, a.partyName])).toEqual([
      [1, 'Japan'],
      [2, 'Republic of Korea'],
    ]);
    expect(amended!.paragraphs.map((p) => p.change)).toEqual(['unchanged', 'changed', 'unchanged', 'added']);
    expect(amended!.paragraphs[1]!.parts.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['significant']);
    expect(amended!.paragraphs[3]!.parts.map((c) => c.value).join('')).toBe('Decide to meet again in 2024.');

    await produceRevision({ actor: secretariat, input: produceRevisionSchema.parse({ statementId: statement.id, basedOnRevision: 1, amendmentIds: [a1.id, a2.id] }) });
    expect(await getAmendedText({ actor: secretariat, input: { statementId: statement.id } })).toBeNull();
  });

  it('keeps the words of a paragraph two accepted amendments rewrite, naming them, until the secretariat settles it', async () => {
    const { statement, paragraphs, japan, korea, chair } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const a2 = await proposeAmendment({ actor: korea, input: proposal(statement.id, paragraphs[1]!, { text: 'Welcome the remarkable progress of the programme;' }) });
    await disposeAmendment({ actor: chair, input: decision(a1.id) });
    await disposeAmendment({ actor: chair, input: decision(a2.id) });
    const amended = await getAmendedText({ actor: japan, input: { statementId: statement.id } });
    expect(amended!.conflicts.map((c) => [c.target, c.amendments.map((a) => a.number)])).toEqual([[{ kind: 'operative', number: 1 }, [1, 2]]]);
    expect(amended!.paragraphs.map((p) => p.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('shows nothing to an observer, and refuses one a statement they may not read', async () => {
    const { meeting, statement, paragraphs, japan, secretariat } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    await disposeAmendment({ actor: secretariat, input: decision(a1.id) });
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ kind: 'observer' })).id });
    expect((await refusal(getAmendedText({ actor: observer, input: { statementId: statement.id } }))).code).toBe('NOT_FOUND');
    const draft = await factory.createStatement({ meetingId: meeting.id });
    expect((await refusal(getAmendedText({ actor: japan, input: { statementId: draft.id } }))).code).toBe('NOT_FOUND');
  });
});

describe('getAmendedTextDocx', () => {
  it("gives whoever reads the text as amended a Word file of it, each accepted amendment a tracked change under its proposer's name", async () => {
    const { meeting, statement, paragraphs, japan, china, korea, secretariat, chair } = await negotiation();
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    const a2 = await proposeAmendment({
      actor: korea,
      input: proposal(statement.id, paragraphs[2]!, { kind: 'insert_after', text: 'Decide to meet again in 2024.', paragraphKind: 'operative' }),
    });
    await proposeAmendment({ actor: china, input: proposal(statement.id, paragraphs[0]!, { kind: 'delete' }) });
    await disposeAmendment({ actor: secretariat, input: decision(a1.id) });
    await disposeAmendment({ actor: secretariat, input: decision(a2.id) });
    for (const actor of [secretariat, chair, japan, china]) {
      const file = await getAmendedTextDocx({ actor, input: { meetingId: meeting.id, statementId: statement.id } });
      expect(file).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName: expect.stringMatching(/-as-amended\.docx$/) });
      const xml = strFromU8(unzipSync(file.body)['word/document.xml']!);
      expect(xml).toMatch(/<w:ins [^>]*w:author="Japan \(amendment 1\)"/);
      expect(xml).toMatch(/<w:ins [^>]*w:author="Republic of Korea \(amendment 2\)"/);
      expect(xml).toContain('Decide to meet again in 2024.');
      // China's deletion waits for a decision: the file says so, and leaves it out.
      expect(xml).toContain('1 amendment awaits a decision and is not shown.');
      expect(xml).not.toContain('China (amendment');
    }
  });

  it('is missing while nothing accepted waits to be merged, to an observer, and for a statement of another meeting', async () => {
    const { meeting, statement, paragraphs, japan, secretariat } = await negotiation();
    const docx = (actor: Actor, meetingId = meeting.id) => getAmendedTextDocx({ actor, input: { meetingId, statementId: statement.id } });
    const a1 = await proposeAmendment({ actor: japan, input: proposal(statement.id, paragraphs[1]!) });
    expect((await refusal(docx(japan))).code).toBe('NOT_FOUND');
    await disposeAmendment({ actor: secretariat, input: decision(a1.id) });
    await expect(docx(japan)).resolves.toMatchObject({ fileName: expect.any(String) });
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ kind: 'observer' })).id });
    expect((await refusal(docx(observer))).code).toBe('NOT_FOUND');
    expect((await refusal(docx(japan, (await factory.createMeeting()).id))).code).toBe('NOT_FOUND');
  });
});
