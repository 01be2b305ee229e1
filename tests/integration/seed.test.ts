import { and, asc, count, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  auditEvents,
  checkIns,
  credentialsLetters,
  delegations,
  documents,
  emailOutbox,
  meetingNotices,
  statementComments,
  meetings,
  meetingSeries,
  meetingSessions,
  parties,
  projectReviews,
  projects,
  registrations,
  reviewComments,
  statementAmendments,
  statementPositions,
  statements,
  users,
} from '@/db/schema';
import { commemorativeStatementTitle, som26ReportTitle } from '@/db/demo-statements';
import { som26ParticipantCount } from '@/db/demo-participants';
import { demoPassword, demoSignUp, demoUsers, seedDatabase, seedDemoData, seedReferenceData } from '@/db/seed';
import type { DescribedEvent } from '@/lib/audit-log/describe-events';
import { getEvaluation } from '@/lib/evaluations/get-evaluation';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { detectDocumentType } from '@/lib/documents/file-type';
import { getFloor } from '@/lib/floor/get-floor';
import { getRoomScreen } from '@/lib/floor/get-room-screen';
import { findAdoptedTexts } from '@/lib/statements/find-adopted-texts';
import { getAmendedText } from '@/lib/statements/get-amended-text';
import { getStatement } from '@/lib/statements/get-statement';
import { findAdoptedTextsSchema } from '@/lib/statements/schemas';
import { authenticateUser } from '@/lib/users/authenticate-user';

async function counts() {
  const [p] = await db.select({ n: count() }).from(parties);
  const [s] = await db.select({ n: count() }).from(meetingSeries);
  const [u] = await db.select({ n: count() }).from(users);
  const [m] = await db.select({ n: count() }).from(meetings);
  const [t] = await db.select({ n: count() }).from(meetingSessions);
  const [d] = await db.select({ n: count() }).from(documents);
  const [r] = await db.select({ n: count() }).from(registrations);
  const [c] = await db.select({ n: count() }).from(checkIns);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  const [n] = await db.select({ n: count() }).from(meetingNotices);
  const [o] = await db.select({ n: count() }).from(emailOutbox);
  return { parties: p!.n, series: s!.n, users: u!.n, meetings: m!.n, sessions: t!.n, documents: d!.n, registrations: r!.n, checkIns: c!.n, auditEvents: a!.n, notices: n!.n, outbox: o!.n };
}

describe('seedReferenceData', () => {
  it('loads the parties and the series, and no account or meeting, however often it runs', async () => {
    await seedReferenceData();
    const first = await counts();
    expect(first).toEqual({ parties: 9, series: 2, users: 0, meetings: 0, sessions: 0, documents: 0, registrations: 0, checkIns: 0, auditEvents: 0, notices: 0, outbox: 0 });
    await seedReferenceData();
    expect(await counts()).toEqual(first);
  });
});

describe('seedDatabase', () => {
  it('without the demo, loads the reference data only', async () => {
    await seedDatabase({ demo: false });
    expect(await counts()).toMatchObject({ parties: 9, series: 2, users: 0, meetings: 0 });
  });

  it('with the demo, loads it once, however often it runs', async () => {
    await seedDatabase({ demo: true });
    const first = await counts();
    // The 27th SOM's reminder to save the date went to every delegate's and observer's account (the sign-up still waiting aside).
    const focalPoints = demoUsers.filter((user) => user.role === 'delegate' || user.role === 'observer').length;
    expect(first).toMatchObject({
      parties: 9,
      series: 2,
      users: demoUsers.length + 1,
      meetings: 2,
      sessions: 9,
      documents: 8,
      registrations: som26ParticipantCount,
      notices: 4,
      outbox: 2 * som26ParticipantCount + 6 + focalPoints,
    });
    expect(first.checkIns).toBeGreaterThan(0);
    expect(first.auditEvents).toBeGreaterThan(0);
    await seedDatabase({ demo: true });
    await seedDemoData();
    expect(await counts()).toEqual(first);
  });

  it('gives every demo account the printed password, with its role, and makes the chair chair the 26th SOM', async () => {
    await seedDatabase({ demo: true });
    for (const demo of demoUsers) {
      const result = await authenticateUser({ input: { email: demo.email, password: demoPassword, clientAddress: '192.0.2.1' } });
      expect(result.outcome === 'signedIn' && result.user.role).toBe(demo.role);
    }
    const [chair] = (await db.select().from(users)).filter((u) => u.email === 'chair@neaspec.example');
    const som26 = (await db.select().from(meetings)).find((m) => m.number === 26);
    expect(som26).toMatchObject({ chairUserId: chair!.id, startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul', city: 'Seoul' });
    const som27 = (await db.select().from(meetings)).find((m) => m.number === 27);
    expect(som27).toMatchObject({ chairUserId: chair!.id, status: 'planned', city: 'Incheon' });
  });

  it("circulates the 27th SOM's decision, with Japan's amendment accepted into the text as amended, Mongolia's waiting for a decision, and China's and Russia's comments", async () => {
    await seedDatabase({ demo: true });
    const [decision] = await db.select().from(statements).where(eq(statements.title, 'Decision on the NEASPEC work programme for 2027-2028'));
    expect(decision).toMatchObject({ status: 'circulated', currentRevision: 2, circulatedRevision: 2, commentDeadline: new Date('2027-02-26T09:00:00Z') });
    const proposals = await db
      .select({ number: statementAmendments.number, status: statementAmendments.status, party: parties.code })
      .from(statementAmendments)
      .innerJoin(parties, eq(parties.id, statementAmendments.partyId))
      .where(eq(statementAmendments.statementId, decision!.id))
      .orderBy(statementAmendments.number);
    expect(proposals).toEqual([
      { number: 1, status: 'accepted', party: 'JPN' },
      { number: 2, status: 'proposed', party: 'MNG' },
    ]);
    const comments = await db
      .select({ party: parties.code, revision: statementComments.revisionNumber, author: statementComments.authorUserId })
      .from(statementComments)
      .innerJoin(parties, eq(parties.id, statementComments.partyId))
      .where(eq(statementComments.statementId, decision!.id))
      .orderBy(statementComments.createdAt);
    expect(comments).toEqual([
      { party: 'CHN', revision: 2, author: expect.any(String) },
      { party: 'RUS', revision: 2, author: expect.any(String) },
    ]);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, decision!.id), eq(auditEvents.action, 'statement.commented'))).orderBy(asc(auditEvents.id));
    expect(events.map((event) => event.actorUserId)).toEqual(comments.map((comment) => comment.author));
    // Delegations read the text as amended so far: Japan's paragraph inserted after operative paragraph 1.
    const japan = (await db.select().from(users)).find((u) => u.email === 'delegate.jpn@neaspec.example')!;
    const amended = await getAmendedText({ actor: { ...japan, partyId: japan.partyId }, input: { statementId: decision!.id } });
    expect(amended!.paragraphs.map((p) => p.change)).toEqual(['unchanged', 'unchanged', 'added', 'unchanged']);
    expect(amended!.undecided).toBe(1);
  });

  it('gives the 26th SOM its papers, under the app\'s own symbols, public and restricted, as real PDFs', async () => {
    await seedDatabase({ demo: true });
    const papers = await db.select().from(documents).orderBy(documents.symbol);
    expect(papers.map((d) => [d.symbol, d.isPublic])).toEqual([
      ['ESCAP/NEASPEC/SOM(26)/1', true],
      ['ESCAP/NEASPEC/SOM(26)/1/Add.1', true],
      ['ESCAP/NEASPEC/SOM(26)/2', true],
      ['ESCAP/NEASPEC/SOM(26)/3', true],
      ['ESCAP/NEASPEC/SOM(26)/4', true],
      ['ESCAP/NEASPEC/SOM(26)/INF/1', true],
      ['ESCAP/NEASPEC/SOM(26)/INF/2', true],
      ['ESCAP/NEASPEC/SOM(26)/L.1', false],
    ]);
    // A note uploaded by mistake was withdrawn: staff still see it, with why.
    expect(papers.filter((d) => d.withdrawnAt).map((d) => [d.symbol, d.withdrawalReason])).toEqual([
      ['ESCAP/NEASPEC/SOM(26)/INF/2', "Uploaded in error: the 25th SOM's note, not this meeting's."],
    ]);
    const addendum = papers.find((d) => d.variant === 'addendum');
    expect(addendum?.parentId).toBe(papers.find((d) => d.symbol === 'ESCAP/NEASPEC/SOM(26)/1')?.id);
    for (const paper of papers) expect(detectDocumentType(paper.content)?.contentType).toBe('application/pdf');
  });

  it('gives the 26th SOM about forty participants in delegations, DPR Korea not represented, heads with demo accounts', async () => {
    await seedDatabase({ demo: true });
    expect(som26ParticipantCount).toBeGreaterThanOrEqual(35);
    const byParty = await db
      .select({ code: parties.code, credentials: delegations.credentialsStatus })
      .from(delegations)
      .innerJoin(parties, eq(parties.id, delegations.partyId));
    expect(byParty.map((d) => d.code).sort()).toEqual(['ADB', 'CHN', 'ESCAP', 'JPN', 'KOR', 'MNG', 'RUS', 'UNEP']);
    expect(byParty.find((d) => d.code === 'KOR')?.credentials).toBe('accepted');
    const heads = await db
      .select({ email: users.email })
      .from(registrations)
      .innerJoin(users, eq(users.id, registrations.userId))
      .where(eq(registrations.delegationRole, 'head'));
    expect(heads.map((h) => h.email)).toEqual(
      expect.arrayContaining(['delegate.kor@neaspec.example', 'delegate.jpn@neaspec.example', 'delegate.mng@neaspec.example']),
    );
    const letters = await db.select().from(credentialsLetters);
    expect(letters.length).toBe(5);
    for (const letter of letters) expect(detectDocumentType(letter.content)?.contentType).toBe('application/pdf');
  });

  it("gives the 26th SOM its commemorative statement, amended, adopted by consensus with Korea's explanation and published, its report adopted by silence, and the 27th SOM a decision in negotiation", async () => {
    await seedDatabase({ demo: true });
    await seedDemoData();
    const rows = await db.select().from(statements);
    expect(rows).toHaveLength(3);
    const adopted = rows.find((s) => s.title === commemorativeStatementTitle)!;
    expect(adopted).toMatchObject({ status: 'published', adoptionManner: 'consensus', currentRevision: 2, circulatedRevision: 1 });
    const [paper] = await db.select().from(documents).where(eq(documents.id, adopted.documentId!));
    expect(paper).toMatchObject({ symbol: 'ESCAP/NEASPEC/SOM(26)/3', isPublic: true, title: commemorativeStatementTitle });
    expect(adopted.adoptedAt?.toISOString()).toBe('2023-11-24T02:45:00.000Z');
    const observer = (await db.select().from(users)).find((u) => u.role === 'observer')!;
    const view = await getStatement({ actor: { ...observer, partyId: observer.partyId }, input: { statementId: adopted.id } });
    expect(view.paragraphs.filter((p) => p.number !== null)).toHaveLength(7);
    expect(view.paragraphs.some((p) => p.text.includes('science and policy') && p.amendmentIds.length === 1)).toBe(true);
    const amendments = await db.select().from(statementAmendments).where(eq(statementAmendments.statementId, adopted.id));
    expect(amendments.map((a) => a.status).sort()).toEqual(['accepted', 'accepted', 'rejected']);
    const [position] = await db.select({ code: parties.code, text: statementPositions.text }).from(statementPositions).innerJoin(parties, eq(parties.id, statementPositions.partyId));
    expect(position).toMatchObject({ code: 'KOR', text: expect.stringContaining('carbon neutrality by 2050') });
    expect(rows.find((s) => s.kind === 'decision')).toMatchObject({ status: 'circulated', currentRevision: 2 });
    const report = rows.find((s) => s.title === som26ReportTitle)!;
    expect(report).toMatchObject({ kind: 'report', status: 'published', adoptionManner: 'silence', adoptedByUserId: null, silenceDeadline: null });
    const [reportPaper] = await db.select().from(documents).where(eq(documents.id, report.documentId!));
    expect(reportPaper).toMatchObject({ symbol: 'ESCAP/NEASPEC/SOM(26)/4', isPublic: true });
    // Both published texts are in the archive, the report found by its words.
    const archive = await findAdoptedTexts({ input: findAdoptedTextsSchema.parse({ q: 'Clean Air Partnership' }) });
    expect(archive.items.map((text) => text.title)).toEqual([som26ReportTitle]);
    expect((await findAdoptedTexts({ input: findAdoptedTextsSchema.parse({}) })).total).toBe(2);
  });

  it("keeps the 26th SOM's speakers' lists: five minutes a speaker, who took the floor on four items, in turn, each step audited", async () => {
    await seedDatabase({ demo: true });
    await seedDemoData();
    const [som26] = await db.select().from(meetings).where(eq(meetings.number, 26));
    const observer = (await db.select().from(users)).find((u) => u.role === 'observer')!;
    const view = await getFloor({ actor: { ...observer, partyId: observer.partyId }, input: { meetingId: som26!.id } });
    expect(view.item).toBeNull();
    expect(view.record.map((item) => [item.number, item.speakers.map((speaker) => speaker.partyName)])).toEqual([
      ['3.1', ['China', 'Japan', 'Mongolia', 'Russian Federation', 'Republic of Korea']],
      ['3.3', ['Russian Federation', 'United Nations Environment Programme', 'Japan']],
      ['4', ['China', 'Russian Federation', 'Japan', 'Mongolia']],
      ['5', ['Republic of Korea', 'China', 'Mongolia']],
    ]);
    const steps = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, som26!.id), like(auditEvents.action, 'floor.%'))).orderBy(asc(auditEvents.id));
    expect(steps.filter((step) => step.action === 'floor.requested')).toHaveLength(15);
    expect(steps.filter((step) => step.action === 'floor.status_changed')).toHaveLength(30);
    expect(steps.filter((step) => step.action === 'floor.speaking_time_set')).toHaveLength(1);
    expect(view.speakingTime).toBe(300);
    // The room's screen was left on the commemorative statement, adopted that morning; seeding again adds nothing.
    expect(steps.filter((step) => step.action === 'floor.screen_shown')).toHaveLength(1);
    const screen = await getRoomScreen({ actor: { ...observer, partyId: observer.partyId }, input: { meetingId: som26!.id } });
    expect(screen.shows === 'statement' && screen.statement.statement.title).toMatch(/^NEASPEC Commemorative Statement/);
  });

  it("gives the 26th SOM its evaluation, closed on 8 December 2023, answered by five participants, Japan's head not among them", async () => {
    await seedDatabase({ demo: true });
    await seedDemoData();
    const [som26] = await db.select().from(meetings).where(eq(meetings.number, 26));
    const staff = (await db.select().from(users)).find((u) => u.email === 'secretariat@neaspec.example')!;
    const view = await getEvaluation({ actor: { ...staff, partyId: staff.partyId }, input: { meetingId: som26!.id } });
    expect(view).toMatchObject({ state: 'closed', closingDay: '2023-12-08', can: { open: true, close: false } });
    expect(view.results).toMatchObject({ responses: 5, participants: som26ParticipantCount });
    expect(view.results!.questions.find((q) => q.question === 'overall')).toEqual({ question: 'overall', counts: [0, 0, 0, 3, 2], mean: 4.4 });
    expect(view.results!.improvements).toHaveLength(3);
    const japan = (await db.select().from(users)).find((u) => u.email === 'delegate.jpn@neaspec.example')!;
    expect((await getEvaluation({ actor: { ...japan, partyId: japan.partyId }, input: { meetingId: som26!.id } })).own).toEqual({ hasAnswered: false });
    const steps = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, som26!.id), like(auditEvents.action, 'evaluation.%')));
    expect(steps.map((s) => s.action).sort()).toEqual(['evaluation.answered', 'evaluation.answered', 'evaluation.answered', 'evaluation.answered', 'evaluation.answered', 'evaluation.opened']);
  });

  it("gives the 27th SOM two reviews still open to comments, one with Japan's comment, and no decision", async () => {
    await seedDatabase({ demo: true });
    await seedDemoData();
    const [som27] = await db.select().from(meetings).where(eq(meetings.number, 27));
    const reviews = await db
      .select({ code: projects.code, rating: projectReviews.rating, deadline: projectReviews.commentDeadline, decidedAt: projectReviews.decidedAt })
      .from(projectReviews)
      .innerJoin(projects, eq(projects.id, projectReviews.projectId))
      .where(eq(projectReviews.meetingId, som27!.id));
    expect(reviews.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: 'NEA-LCC', rating: 'at_risk', deadline: '2027-03-05', decidedAt: null },
      { code: 'NEAMPAN', rating: 'on_track', deadline: '2027-03-05', decidedAt: null },
    ]);
    const comments = await db.select({ code: parties.code, body: reviewComments.body }).from(reviewComments).innerJoin(parties, eq(parties.id, reviewComments.partyId));
    expect(comments).toEqual([{ code: 'JPN', body: expect.stringContaining('host the 2027 city forum') }]);
  });

  it("tells the 26th SOM's story in the audit log, each step dated when it happened and naming its record", async () => {
    const seededAt = new Date();
    await seedDatabase({ demo: true });
    const [staff] = await db.select().from(users).where(eq(users.email, 'secretariat@neaspec.example'));
    const actor = { ...staff!, partyId: staff!.partyId };
    const events: DescribedEvent[] = [];
    for (let before: number | null | undefined; before !== null; ) {
      const page = await findAuditEvents({ actor, input: findAuditEventsSchema.parse({ before: before?.toString() }) });
      events.push(...page.items);
      before = page.olderThan;
    }
    // Nothing is dated when the seed ran: the publication the seed carries out through the app's own step too.
    expect(events.every((event) => event.createdAt < seededAt)).toBe(true);
    expect((await db.select().from(documents)).filter((paper) => paper.createdAt >= seededAt)).toEqual([]);
    expect(events.filter((event) => event.record === null)).toEqual([]);
    const count = (action: string) => events.filter((event) => event.action === action).length;
    expect(count('registration.created')).toBe(som26ParticipantCount);
    expect(count('registration.approved')).toBe(som26ParticipantCount);
    expect(count('participant.checked_in')).toBe((await db.select().from(checkIns)).length);
    expect(count('review.decided')).toBe(5);
    expect(count('review.prepared')).toBe(2);
    expect(events.filter((event) => event.action === 'user.signed_up').map((event) => event.record?.label)).toEqual([expect.stringContaining(demoSignUp.name)]);
    expect(count('review.commented')).toBe(1);
    expect(events.filter((event) => event.action === 'document.withdrawn').map((event) => event.record?.label)).toEqual(['ESCAP/NEASPEC/SOM(26)/INF/2 (en)']);
    // Each notice counts the people it went to, among the participants the demo holds: all of them, or the heads of the six delegations that have one.
    const notices = events.filter((event) => event.action === 'notice.sent');
    // And the 27th SOM's reminder to the focal points of the parties, since nobody has registered for it yet.
    expect(notices.map((event) => [event.record?.label, event.changes.find((change) => change.field === 'recipientCount')?.after])).toEqual([
      ['Save the date: 16 and 17 March 2027 in Incheon', { kind: 'text', text: '6' }],
      ['Commemorative statement published', { kind: 'text', text: String(som26ParticipantCount) }],
      ['Original credentials letters at the registration desk', { kind: 'text', text: '6' }],
      ['Information note, hotel and visa letters', { kind: 'text', text: String(som26ParticipantCount) }],
    ]);
    // Their copies stand in the outbox as delivered when each was sent, so staff find who got what; none waits to be sent.
    const copies = await db.select().from(emailOutbox).orderBy(emailOutbox.id);
    expect(copies.every((copy) => copy.kind === 'meeting_notice' && copy.status === 'sent' && copy.sentAt !== null)).toBe(true);
    const heads = copies.filter((copy) => copy.subject.endsWith(': Original credentials letters at the registration desk'));
    expect(heads).toHaveLength(6);
    expect(heads[0]!.sentAt).toEqual(new Date('2023-11-20T08:00:00Z'));
    expect(new Set(heads.map((copy) => copy.toAddress)).size).toBe(6);
    expect(heads.every((copy) => /^Dear \S.*,\n/u.test(copy.body))).toBe(true);

    const ofText = (action: string, title: string) => events.find((event) => event.action === action && event.record?.label === title)!;
    const [adopted] = await db.select().from(statements).where(eq(statements.title, commemorativeStatementTitle));
    expect(ofText('statement.adopted', commemorativeStatementTitle)).toMatchObject({ createdAt: adopted!.adoptedAt, actorName: 'Kim Jae-won' });
    expect(ofText('statement.published', commemorativeStatementTitle).createdAt).toEqual(adopted!.publishedAt);
    // The report passed silence at its deadline, adopted by nobody in particular.
    const [report] = await db.select().from(statements).where(eq(statements.title, som26ReportTitle));
    expect(ofText('statement.adopted', som26ReportTitle)).toMatchObject({ createdAt: report!.adoptedAt, actorName: null });
    expect(ofText('statement.published', som26ReportTitle).createdAt).toEqual(report!.publishedAt);
    const checkIn = events.find((event) => event.action === 'participant.checked_in')!;
    expect(checkIn.record?.href).toMatch(/^\/meetings\/[0-9a-f-]+\/delegations\/[0-9a-f-]+$/);
    expect(checkIn.changes).toEqual([{ field: 'day', after: { kind: 'date', date: expect.stringMatching(/^2023-11-2[34]$/) } }]);
    const draft = events.filter((event) => event.record?.label === 'Decision on the NEASPEC work programme for 2027-2028');
    expect(draft.map((event) => [event.action, event.createdAt.toISOString(), event.actorName])).toEqual([
      ['statement.amendment_decided', '2026-12-04T08:00:00.000Z', 'Kim Jae-won'],
      ['statement.amendment_proposed', '2026-12-03T00:30:00.000Z', 'Bolormaa Tsend'],
      ['statement.commented', '2026-12-02T05:30:00.000Z', 'Ivan Petrov'],
      ['statement.amendment_proposed', '2026-12-01T02:00:00.000Z', 'Sato Haruka'],
      ['statement.commented', '2026-11-27T07:00:00.000Z', 'Wang Lei'],
      ['statement.circulated', '2026-11-25T01:00:00.000Z', 'Hana Lim'],
      ['statement.revised', '2026-11-20T06:00:00.000Z', 'Hana Lim'],
      ['statement.created', '2026-11-02T01:00:00.000Z', 'Hana Lim'],
    ]);
    const decision = events.find((event) => event.action === 'review.decided')!;
    expect(decision.record).toEqual({ label: expect.stringMatching(/^\S+ .+/), href: expect.stringMatching(/^\/programme\/projects\/[0-9a-f-]+$/) });
  });
});
