import { asc, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { findRevisionParagraphs } from '@/db/queries/statements';
import { agendaItems, auditEvents, emailOutbox, floorRequests, followUps, programmeAreas, projectReviews, projects, statementRevisions, statements, type Role } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { circulateStatement } from '@/lib/statements/circulate-statement';
import { createStatement } from '@/lib/statements/create-statement';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { getRevisionComparison } from '@/lib/statements/compare-revisions';
import { getStatement } from '@/lib/statements/get-statement';
import { getStatementFormOptions } from '@/lib/statements/get-statement-form-options';
import { saveRevision } from '@/lib/statements/save-revision';
import { circulateStatementSchema, createStatementSchema, saveRevisionSchema } from '@/lib/statements/schemas';
import * as factory from './factories';
import { refusal } from './refusal';

const rows = async (table: typeof statements | typeof statementRevisions | typeof auditEvents | typeof emailOutbox) =>
  (await db.select({ n: count() }).from(table))[0]!.n;

function createInput(meetingId: string, values: Record<string, unknown> = {}) {
  return createStatementSchema.parse({
    meetingId,
    title: 'NEASPEC Commemorative Statement',
    kind: 'statement',
    agendaItemId: '',
    paragraphs: factory.threeParagraphs.map((p) => ({ ...p, key: '' })),
    ...values,
  });
}

async function drafted() {
  const secretariat = await factory.createActor();
  const meeting = await factory.createMeeting();
  const statement = await createStatement({ actor: secretariat, input: createInput(meeting.id) });
  const paragraphs = await findRevisionParagraphs(statement.id, 1);
  return { secretariat, meeting, statement, paragraphs };
}

const edit = (statementId: string, basedOnRevision: number, paragraphs: { key: string | null; kind: string; text: string }[], note = '') =>
  saveRevisionSchema.parse({ statementId, basedOnRevision, note, paragraphs: paragraphs.map((p) => ({ ...p, key: p.key ?? '' })) });

describe('createStatement', () => {
  it('stores the statement in drafting with revision 1 and its paragraphs in order, and audits it', async () => {
    const { statement, paragraphs } = await drafted();
    expect(statement).toMatchObject({ status: 'drafting', currentRevision: 1, kind: 'statement', version: 1 });
    expect(paragraphs.map((p) => [p.position, p.kind])).toEqual([
      [0, 'preambular'],
      [1, 'operative'],
      [2, 'operative'],
    ]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, statement.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'statement.created', entityType: 'statement' });
  });

  it('refuses every role but the secretariat, writing nothing', async () => {
    const meeting = await factory.createMeeting();
    for (const role of ['chair', 'delegate', 'observer'] as Role[]) {
      const actor = await factory.createActor({ role });
      expect((await refusal(createStatement({ actor, input: createInput(meeting.id) }))).code).toBe('FORBIDDEN');
    }
    expect(await rows(statements)).toBe(0);
    expect(await rows(auditEvents)).toBe(0);
  });

  it("refuses an agenda item of another meeting, and a cancelled meeting's statement", async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const other = await factory.createMeeting();
    const [item] = await db.execute<{ id: string }>(sql`insert into agenda_items (meeting_id, position, title) values (${other.id}, 0, 'Other') returning id`).then((r) =>
      Array.isArray(r) ? r : (r as unknown as { rows: { id: string }[] }).rows,
    );
    const wrongItem = await refusal(createStatement({ actor, input: createInput(meeting.id, { agendaItemId: item!.id }) }));
    expect(wrongItem.fieldErrors).toEqual({ agendaItemId: 'agendaItemInvalid' });
    const cancelled = await factory.createMeeting({ status: 'cancelled', cancellationReason: 'Postponed' });
    expect((await refusal(createStatement({ actor, input: createInput(cancelled.id) }))).messageKey).toBe('meetingCancelledNoStatements');
    expect(await rows(statements)).toBe(0);
  });

  it('refuses a statement without paragraphs, or with an empty one, at the schema', () => {
    const parsed = createStatementSchema.safeParse({ meetingId: crypto.randomUUID(), title: 'T', kind: 'memo', paragraphs: [{ kind: 'operative', text: ' ' }] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['title:titleRequired', 'kind:statementKindInvalid', 'paragraphs.0.text:paragraphTextRequired']));
    expect(createStatementSchema.safeParse({ meetingId: crypto.randomUUID(), title: 'Title', kind: 'statement', agendaItemId: '', paragraphs: [] }).error!.issues[0]!.message).toBe(
      'paragraphsRequired',
    );
  });
});

describe('getStatementFormOptions', () => {
  it("offers a report's title and paragraphs from who attended and who spoke, the outcomes, review decisions and follow-ups, in the agenda's order", async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ title: 'Twenty-seventh SOM' });
    const japan = await factory.createParty({ code: 'JPN', name: 'Japan' });
    const [review] = await db.insert(agendaItems).values({ meetingId: meeting.id, position: 1, title: 'Review of programme areas' }).returning();
    const [, air] = await db
      .insert(agendaItems)
      .values([
        { meetingId: meeting.id, position: 0, title: 'Opening', outcome: 'The chair opened the meeting.' },
        { meetingId: meeting.id, parentId: review!.id, position: 0, title: 'Air pollution', outcome: 'The meeting endorsed the NEACAP work plan.' },
        { meetingId: meeting.id, parentId: review!.id, position: 1, title: 'Low-carbon cities' },
        { meetingId: meeting.id, position: 2, title: 'Closing', outcome: '  ' },
      ])
      .returning();
    await db.insert(followUps).values([
      { meetingId: meeting.id, agendaItemId: air!.id, description: 'Share air monitoring data', ownerPartyId: japan.id, dueByNextMeeting: true },
      { meetingId: meeting.id, agendaItemId: air!.id, description: 'Hold a workshop', dueDate: '2028-03-31', status: 'dropped' },
    ]);
    const [area] = await db.insert(programmeAreas).values({ code: 'AP', name: 'Air pollution' }).returning();
    const [project, undecided] = await db
      .insert(projects)
      .values([
        { code: 'AP-01', title: 'Clean air partnership', areaId: area!.id, fundingSource: 'core_fund' },
        { code: 'AP-02', title: 'Dust monitoring', areaId: area!.id, fundingSource: 'core_fund' },
      ])
      .returning();
    const reviewed = { meetingId: meeting.id, progressSummary: 'Progress.', rating: 'on_track' as const, recommendation: 'Endorse.', commentDeadline: '2027-11-01' };
    await db.insert(projectReviews).values([
      { ...reviewed, projectId: project!.id, agendaItemId: air!.id, decision: 'The meeting agreed to extend the project.', decidedAt: new Date() },
      { ...reviewed, projectId: undecided!.id, agendaItemId: air!.id },
    ]);
    // Japan and UN ESCAP attended; China's registration still waits, so China is not counted.
    const [escap, china] = await Promise.all([factory.createParty({ name: 'UN ESCAP', kind: 'organization' }), factory.createParty({ name: 'China' })]);
    const [japanese, escapOfficer] = await Promise.all([
      factory.createRegistration({ meetingId: meeting.id, partyId: japan.id }),
      factory.createRegistration({ meetingId: meeting.id, partyId: escap.id }),
      factory.createRegistration({ meetingId: meeting.id, partyId: china.id, status: 'pending' }),
    ]);
    // Japan took the floor twice on air pollution, and withdrew its request on low-carbon cities, where UN ESCAP spoke.
    const low = (await db.select().from(agendaItems).where(eq(agendaItems.title, 'Low-carbon cities')))[0]!;
    const turn = (registration: { id: string; partyId: string }, agendaItemId: string, minute: number, status: 'spoke' | 'withdrawn' = 'spoke') => ({
      meetingId: meeting.id,
      agendaItemId,
      partyId: registration.partyId,
      registrationId: registration.id,
      status,
      requestedAt: new Date(Date.UTC(2027, 2, 10, 1, minute)),
      startedAt: status === 'spoke' ? new Date(Date.UTC(2027, 2, 10, 1, minute + 1)) : null,
    });
    await db.insert(floorRequests).values([turn(japanese!, air!.id, 0), turn(japanese!, air!.id, 5), turn(japanese!, low.id, 9, 'withdrawn'), turn(escapOfficer!, low.id, 10)]);
    const { report, agendaItems: offered } = await getStatementFormOptions({ actor, input: { meetingId: meeting.id } });
    expect(offered.map((item) => item.label)).toEqual(['1. Opening', '2. Review of programme areas', '2.1. Air pollution', '2.2. Low-carbon cities', '3. Closing']);
    expect(report).toEqual({
      title: 'Report of the Twenty-seventh SOM',
      paragraphs: [
        { key: '', kind: 'operative', text: 'The meeting was attended by the delegation of Japan. Representatives of UN ESCAP also attended.' },
        { key: '', kind: 'operative', text: 'Agenda item 1, “Opening”. The chair opened the meeting.' },
        { key: '', kind: 'operative', text: 'Agenda item 2.1, “Air pollution”. Statements were made by the representatives of Japan. The meeting endorsed the NEACAP work plan.' },
        { key: '', kind: 'operative', text: 'Agenda item 2.1, project AP-01, “Clean air partnership”. The meeting agreed to extend the project.' },
        { key: '', kind: 'operative', text: 'Agenda item 2.1, follow-up (Japan, due by the next meeting): Share air monitoring data.' },
        { key: '', kind: 'operative', text: 'Agenda item 2.2, “Low-carbon cities”. Statements were made by the representatives of UN ESCAP.' },
      ],
    });
    // What the form offers is what the report is created with.
    const created = await createStatement({ actor, input: createInput(meeting.id, { kind: 'report', title: report.title, paragraphs: report.paragraphs }) });
    expect((await findRevisionParagraphs(created.id, 1)).map((p) => p.text)).toEqual(report.paragraphs.map((p) => p.text));
  });

  it('answers not found for a meeting that is not there, or an address that is no id', async () => {
    const actor = await factory.createActor();
    for (const meetingId of [crypto.randomUUID(), 'not-an-id']) {
      expect((await refusal(getStatementFormOptions({ actor, input: { meetingId } }))).code).toBe('NOT_FOUND');
    }
  });

  it('is refused to every role but the secretariat', async () => {
    const meeting = await factory.createMeeting();
    for (const role of ['chair', 'delegate', 'observer'] as Role[]) {
      const actor = await factory.createActor({ role });
      expect((await refusal(getStatementFormOptions({ actor, input: { meetingId: meeting.id } }))).code).toBe('FORBIDDEN');
    }
  });
});

describe('saveRevision', () => {
  it('saves the next revision, keeping the keys of the paragraphs it carries on, and audits the note', async () => {
    const { secretariat, statement, paragraphs } = await drafted();
    const [p1, p2, p3] = paragraphs;
    const saved = await saveRevision({
      actor: secretariat,
      input: edit(statement.id, 1, [p1!, { ...p2!, text: 'Welcome the significant progress of the programme;' }, { key: null, kind: 'operative', text: 'Decide to meet in 2024.' }, p3!], 'After informal consultations'),
    });
    expect(saved).toMatchObject({ currentRevision: 2, version: 2 });
    const revision2 = await findRevisionParagraphs(statement.id, 2);
    expect(revision2.map((p) => p.text)).toEqual([p1!.text, 'Welcome the significant progress of the programme;', 'Decide to meet in 2024.', p3!.text]);
    expect(revision2[1]!.key).toBe(p2!.key);
    expect(revision2[2]!.key).not.toBe(p2!.key);
    const [revision] = await db.select().from(statementRevisions).where(eq(statementRevisions.number, 2));
    expect(revision).toMatchObject({ note: 'After informal consultations', createdByUserId: secretariat.id });
    // Revision 1 is kept as it was.
    expect((await findRevisionParagraphs(statement.id, 1)).map((p) => p.text)).toEqual(paragraphs.map((p) => p.text));
  });

  it('refuses an edit based on an older revision, naming who saved since and showing what changed, and writes nothing', async () => {
    const { secretariat, statement, paragraphs } = await drafted();
    const colleague = await factory.createActor({ name: 'Ms. Kim' });
    await saveRevision({ actor: colleague, input: edit(statement.id, 1, paragraphs.map((p, i) => (i === 2 ? { ...p, text: 'Request a report in 2024.' } : p))) });
    const error = await refusal(saveRevision({ actor: secretariat, input: edit(statement.id, 1, paragraphs.slice(0, 2)) }));
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'statementChangedMeanwhileBy', values: { names: 'Ms. Kim', revision: 2 } });
    expect(error.changes).toEqual([
      { field: '¶ 2', before: { kind: 'text', text: paragraphs[2]!.text }, after: { kind: 'text', text: 'Request a report in 2024.' } },
    ]);
    expect(await rows(statementRevisions)).toBe(2);
  });

  it('lets exactly one of 20 concurrent edits of one revision win; the others are told', async () => {
    const { statement, paragraphs } = await drafted();
    const writers = await Promise.all(Array.from({ length: 20 }, (_, i) => factory.createActor({ name: `Writer ${i}` })));
    const outcomes = await Promise.allSettled(
      writers.map((actor, i) => saveRevision({ actor, input: edit(statement.id, 1, paragraphs.map((p, j) => (j === 1 ? { ...p, text: `Version ${i}` } : p))) })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(19);
    for (const { reason } of refused) expect(reason).toMatchObject({ code: 'CONFLICT', messageKey: 'statementChangedMeanwhileBy' });
    expect(await rows(statementRevisions)).toBe(2);
  });

  it('refuses unknown paragraph keys, an unchanged text, a circulated text and every role but the secretariat', async () => {
    const { secretariat, meeting, statement, paragraphs } = await drafted();
    const forged = await refusal(saveRevision({ actor: secretariat, input: edit(statement.id, 1, [{ ...paragraphs[0]!, key: crypto.randomUUID() }]) }));
    expect(forged.fieldErrors).toEqual({ 'paragraphs.0.text': 'paragraphKeyUnknown' });
    expect((await refusal(saveRevision({ actor: secretariat, input: edit(statement.id, 1, paragraphs) }))).messageKey).toBe('statementUnchanged');
    for (const role of ['chair', 'delegate', 'observer'] as Role[]) {
      const actor = await factory.createActor({ role });
      expect((await refusal(saveRevision({ actor, input: edit(statement.id, 1, paragraphs.slice(1)) }))).code).toBe('FORBIDDEN');
    }
    const circulated = await factory.createCirculatedStatement({ meetingId: meeting.id });
    const [p] = await findRevisionParagraphs(circulated.id, 1);
    expect((await refusal(saveRevision({ actor: secretariat, input: edit(circulated.id, 1, [{ ...p!, text: 'Changed' }]) }))).messageKey).toBe(
      'statementTextNotEditable',
    );
    expect(await rows(statementRevisions)).toBe(2);
  });
});

describe('circulateStatement', () => {
  const circulate = (statementId: string, commentDeadline: string, basedOnRevision = 1) =>
    circulateStatementSchema.parse({ statementId, basedOnRevision, commentDeadline });

  it("circulates the latest revision with a deadline in the meeting's time zone and tells every active delegate", async () => {
    const { secretariat, statement } = await drafted();
    const japan = await factory.createUser({ role: 'delegate', email: 'japan@mofa.example' });
    await factory.createUser({ role: 'delegate', isDisabled: true });
    await factory.createUser({ role: 'observer' });
    const circulated = await circulateStatement({ actor: secretariat, input: circulate(statement.id, '2099-03-01T18:00') });
    expect(circulated).toMatchObject({ status: 'circulated', circulatedRevision: 1 });
    // Seoul is UTC+9.
    expect(circulated.commentDeadline?.toISOString()).toBe('2099-03-01T09:00:00.000Z');
    const mail = await db.select().from(emailOutbox);
    expect(mail.map((m) => m.toAddress)).toEqual([japan.email]);
    expect(mail[0]).toMatchObject({ kind: 'statement_circulated', subject: `For comments: ${statement.title}` });
    expect(mail[0]!.body).toContain('2099-03-01 18:00 (Asia/Seoul time)');
  });

  it('refuses a past deadline, a stale revision, a second circulation and other roles, writing nothing', async () => {
    const { secretariat, statement, paragraphs } = await drafted();
    expect((await refusal(circulateStatement({ actor: secretariat, input: circulate(statement.id, '2020-01-01T09:00') }))).fieldErrors).toEqual({
      commentDeadline: 'commentDeadlineInPast',
    });
    for (const role of ['chair', 'delegate', 'observer'] as Role[]) {
      const actor = await factory.createActor({ role });
      expect((await refusal(circulateStatement({ actor, input: circulate(statement.id, '2099-03-01T18:00') }))).code).toBe('FORBIDDEN');
    }
    await saveRevision({ actor: secretariat, input: edit(statement.id, 1, paragraphs.slice(1)) });
    expect((await refusal(circulateStatement({ actor: secretariat, input: circulate(statement.id, '2099-03-01T18:00', 1) }))).code).toBe('CONFLICT');
    expect((await db.select().from(statements))[0]!.status).toBe('drafting');
    await circulateStatement({ actor: secretariat, input: circulate(statement.id, '2099-03-01T18:00', 2) });
    expect((await refusal(circulateStatement({ actor: secretariat, input: circulate(statement.id, '2099-03-01T18:00', 2) }))).messageKey).toBe(
      'transitionSameStatus',
    );
  });
});

describe('reading statements', () => {
  it('keeps drafts to the secretariat and the meeting’s chair until circulated, then shows delegations, and adopted texts to all', async () => {
    const chair = await factory.createActor({ role: 'chair' });
    const otherChair = await factory.createActor({ role: 'chair' });
    const delegate = await factory.createActor({ role: 'delegate' });
    const observer = await factory.createActor({ role: 'observer' });
    const secretariat = await factory.createActor();
    const meeting = await factory.createMeeting({ chairUserId: chair.id });
    const draft = await factory.createStatement({ meetingId: meeting.id, title: 'Draft' });
    const circulated = await factory.createCirculatedStatement({ meetingId: meeting.id, title: 'Circulated' });
    const adopted = await factory.createStatement({ meetingId: meeting.id, title: 'Adopted', status: 'adopted', adoptedAt: new Date(), adoptionManner: 'consensus' });
    const titles = async (actor: Actor) => (await getMeeting({ actor, input: { meetingId: meeting.id } })).statements.statements.map((s) => s.title);
    expect(await titles(secretariat)).toEqual(['Draft', 'Circulated', 'Adopted']);
    expect(await titles(chair)).toEqual(['Draft', 'Circulated', 'Adopted']);
    expect(await titles(otherChair)).toEqual(['Circulated', 'Adopted']);
    expect(await titles(delegate)).toEqual(['Circulated', 'Adopted']);
    expect(await titles(observer)).toEqual(['Adopted']);
    expect((await refusal(getStatement({ actor: delegate, input: { statementId: draft.id } }))).code).toBe('NOT_FOUND');
    expect((await refusal(getStatement({ actor: observer, input: { statementId: circulated.id } }))).code).toBe('NOT_FOUND');
    const view = await getStatement({ actor: observer, input: { statementId: adopted.id } });
    expect(view.paragraphs.map((p) => p.number)).toEqual([null, 1, 2]);
    expect(view.can).toMatchObject({ edit: false, adopt: false, publish: false });
    expect((await getStatement({ actor: secretariat, input: { statementId: draft.id } })).can).toMatchObject({ edit: true, circulate: true, finalize: false });
    expect((await getStatement({ actor: chair, input: { statementId: draft.id } })).can).toMatchObject({ edit: false, finalize: true });
  });

  it('compares two revisions word by word', async () => {
    const { secretariat, statement, paragraphs } = await drafted();
    await saveRevision({ actor: secretariat, input: edit(statement.id, 1, paragraphs.map((p, i) => (i === 1 ? { ...p, text: 'Welcome the significant progress of the programme in its five areas;' } : p))) });
    const comparison = await getRevisionComparison({ actor: secretariat, input: { statementId: statement.id } });
    expect(comparison).toMatchObject({ from: 1, to: 2, revisionNumbers: [1, 2] });
    expect(comparison.paragraphs.map((p) => p.change)).toEqual(['unchanged', 'changed', 'unchanged']);
    expect(comparison.paragraphs[1]!.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['significant']);
    expect((await refusal(getRevisionComparison({ actor: secretariat, input: { statementId: statement.id, from: 1, to: 7 } }))).code).toBe('NOT_FOUND');
    // Asked the other way round, the older revision is still the one compared from.
    expect(await getRevisionComparison({ actor: secretariat, input: { statementId: statement.id, from: 2, to: 1 } })).toMatchObject({ from: 1, to: 2 });
  });
});

describe('the frozen text', () => {
  it('refuses, at the database, any change of an adopted statement, its revisions and paragraphs, even in direct SQL', async () => {
    const meeting = await factory.createMeeting();
    const adopted = await factory.createStatement({ meetingId: meeting.id, status: 'adopted', adoptedAt: new Date('2023-11-24T08:00:00Z'), adoptionManner: 'consensus' });
    const attempts = [
      sql`update statement_revisions set note = 'tampered' where statement_id = ${adopted.id}`,
      sql`update statement_paragraphs set text = 'tampered' where statement_id = ${adopted.id}`,
      sql`delete from statement_paragraphs where statement_id = ${adopted.id}`,
      sql`delete from statement_revisions where statement_id = ${adopted.id}`,
      sql`insert into statement_revisions (statement_id, number) values (${adopted.id}, 2)`,
      sql`update statements set title = 'tampered' where id = ${adopted.id}`,
      sql`update statements set status = 'drafting', adopted_at = null, adoption_manner = null where id = ${adopted.id}`,
      sql`delete from statements where id = ${adopted.id}`,
    ];
    for (const attempt of attempts) {
      await expect(db.execute(attempt)).rejects.toThrow();
    }
    // Its publication is the one change it still takes.
    await db.execute(sql`update statements set status = 'published', published_at = now() where id = ${adopted.id}`);
    await expect(db.execute(sql`update statements set status = 'adopted', published_at = null where id = ${adopted.id}`)).rejects.toThrow();
    const [after] = await db.select().from(statements);
    expect(after).toMatchObject({ title: adopted.title, status: 'published' });
    expect((await findRevisionParagraphs(adopted.id, 1)).map((p) => p.text)).toEqual(factory.threeParagraphs.map((p) => p.text));
  });

  it('lets a statement still in drafting change freely', async () => {
    const meeting = await factory.createMeeting();
    const draft = await factory.createStatement({ meetingId: meeting.id });
    await db.execute(sql`update statement_paragraphs set text = 'Reworded' where statement_id = ${draft.id}`);
    expect((await findRevisionParagraphs(draft.id, 1)).every((p) => p.text === 'Reworded')).toBe(true);
  });
});
