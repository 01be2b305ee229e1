import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  agendaItems,
  delegations,
  registrations,
  followUps,
  meetings,
  projectReviews,
  projects,
  programmeAreas,
  statementAmendments,
  statementParagraphs,
  statements,
  type Party,
  type Statement,
} from '@/db/schema';
import { getWaitingTasks } from '@/lib/home/get-waiting-tasks';
import type { Actor } from '@/lib/permissions';
import { addDays, zonedLocalToInstant } from '@/lib/time-zones';
import { commentOnReview } from '@/lib/programme/comment-on-review';
import * as factory from './factories';

const now = new Date('2030-01-02T03:00:00Z');

/** A meeting open for registration until 8 January 2030, a text circulated at it and a review of a project for it. */
async function openMeeting() {
  const meeting = await factory.createMeeting({
    status: 'registration_open',
    registrationOpensAt: new Date('2029-12-01T00:00:00Z'),
    registrationClosesAt: new Date('2030-01-08T09:00:00Z'),
  });
  const statement = await factory.createCirculatedStatement({ meetingId: meeting.id, title: 'Decision on the work programme', commentDeadline: new Date('2030-01-05T09:00:00Z') });
  const [area] = await db.insert(programmeAreas).values({ code: `a-${crypto.randomUUID().slice(0, 6)}`, name: 'Low-carbon cities' }).returning();
  const [project] = await db.insert(projects).values({ code: `LCC-${crypto.randomUUID().slice(0, 4)}`, title: 'City platform', areaId: area!.id, status: 'ongoing', fundingSource: 'core_fund' }).returning();
  const [review] = await db
    .insert(projectReviews)
    .values({ projectId: project!.id, meetingId: meeting.id, progressSummary: 'Twelve of eighteen cities.', rating: 'at_risk', recommendation: 'Extend it.', commentDeadline: '2030-01-04' })
    .returning();
  return { meeting, statement, project: project!, review: review! };
}

/** A delegate or observer of `party`, and the party as their session carries it. */
async function memberOf(party: Party, role: 'delegate' | 'observer' = 'delegate') {
  const actor = await factory.createActor({ role, partyId: party.id });
  return { actor, party: { id: party.id, name: party.name, kind: party.kind, isRetired: party.retiredAt !== null } };
}

type Asking = { actor: Actor; party: Awaited<ReturnType<typeof memberOf>>['party'] | null };
const tasksOf = async (asking: Asking, at = now) => (await getWaitingTasks({ ...asking, now: at }))?.tasks ?? null;
const kinds = async (asking: Asking, at = now) => (await tasksOf(asking, at))?.map((task) => task.kind) ?? null;

describe("what waits for a delegate on the home page", () => {
  it("gives a member state's delegate the review to comment on, the text to amend and the meeting to register for, soonest first", async () => {
    const { meeting, statement, project, review } = await openMeeting();
    const japan = await factory.createParty({ kind: 'member_state', name: 'Japan' });
    const delegate = await memberOf(japan);
    const tasks = await tasksOf(delegate);
    expect(tasks?.map((task) => [task.kind, task.href])).toEqual([
      ['comment', `/programme/projects/${project.id}#review-${review.id}`],
      ['amend', `/meetings/${meeting.id}/statements/${statement.id}`],
      ['register', `/meetings/${meeting.id}/register`],
    ]);

    // Registered, and with a comment from Japan (by a colleague), only the text is left.
    await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, userId: delegate.actor.id, status: 'pending' });
    const colleague = await factory.createActor({ role: 'delegate', partyId: japan.id });
    await commentOnReview({ actor: colleague, input: { reviewId: review.id, body: 'Japan supports the extension.' }, now });
    expect(await kinds(delegate)).toEqual(['amend']);
    // Another member state still has the review to comment on.
    const korea = await factory.createParty({ kind: 'member_state' });
    expect(await kinds(await memberOf(korea))).toEqual(['comment', 'amend', 'register']);
  });

  it('gives an organization and an observer only the registration, and staff and chairs nothing', async () => {
    await openMeeting();
    const organization = await factory.createParty({ kind: 'organization' });
    expect(await kinds(await memberOf(organization))).toEqual(['register']);
    const observers = await factory.createParty({ kind: 'observer' });
    expect(await kinds(await memberOf(observers, 'observer'))).toEqual(['register']);
    expect(await kinds({ actor: await factory.createActor({ role: 'observer', partyId: null }), party: null })).toBeNull();
    // Staff and chairs get their queues instead: none of these.
    expect(await kinds({ actor: await factory.createActor(), party: null })).toEqual([]);
    expect(await kinds({ actor: await factory.createActor({ role: 'chair' }), party: null })).toEqual([]);
    // A retired party registers for nothing new; its texts and reviews are read alone, the one read without its first part.
    const retired = await factory.createParty({ kind: 'member_state', retiredAt: new Date('2029-01-01T00:00:00Z') });
    expect(await kinds(await memberOf(retired))).toEqual(['comment', 'amend']);
  });

  it('leaves out what has closed: a past deadline, a decided review, a registration window ended', async () => {
    const { review } = await openMeeting();
    const delegate = await memberOf(await factory.createParty({ kind: 'member_state' }));
    expect(await kinds(delegate)).toEqual(['comment', 'amend', 'register']);
    await db.update(projectReviews).set({ decision: 'Extended.', decidedAt: now }).where(eq(projectReviews.id, review.id));
    expect(await kinds(delegate)).toEqual(['amend', 'register']);
    expect(await kinds(delegate, new Date('2030-01-06T00:00:00Z'))).toEqual(['register']);
    expect(await kinds(delegate, new Date('2030-01-09T00:00:00Z'))).toEqual([]);
  });
});

/** `count` amendments proposed by `partyId` to the first paragraph of `statement`, in `status`. */
async function amendments(statement: Statement, partyId: string, count: number, status: 'proposed' | 'withdrawn' | 'accepted' = 'proposed') {
  const [paragraph] = await db.select().from(statementParagraphs).where(eq(statementParagraphs.statementId, statement.id)).orderBy(statementParagraphs.position).limit(1);
  const existing = await db.select().from(statementAmendments).where(eq(statementAmendments.statementId, statement.id));
  for (let i = 1; i <= count; i++) {
    await db.insert(statementAmendments).values({
      statementId: statement.id,
      number: existing.length + i,
      revisionId: paragraph!.revisionId,
      paragraphId: paragraph!.id,
      kind: 'replace',
      text: 'Welcome the steady progress of the programme;',
      rationale: 'Steadier words.',
      partyId,
      status,
      ...(status === 'proposed' ? {} : { decidedAt: now }),
    });
  }
}

describe('credentials letters on the home page', () => {
  it("asks the head of a member state's delegation for its letter until it is sent, and again when a correction is asked", async () => {
    const japan = await factory.createParty({ kind: 'member_state' });
    const head = await memberOf(japan);
    const colleague = await memberOf(japan);
    const meeting = await factory.createMeeting({ startDate: '2030-01-20', endDate: '2030-01-21' });
    const registration = await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, userId: head.actor.id, delegationRole: 'head' });
    await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, userId: colleague.actor.id });
    const credentialsTasks = async (asking: Asking) => (await tasksOf(asking))!.filter((task) => task.kind.endsWith('Credentials'));
    const href = `/meetings/${meeting.id}/delegations/${registration.delegationId}`;

    expect((await credentialsTasks(head)).map((task) => [task.kind, task.href, task.dueDay])).toEqual([['sendCredentials', href, '2030-01-20']]);
    // Only the head sends it.
    expect(await credentialsTasks(colleague)).toEqual([]);
    // Sent, it waits for the secretariat, not for the head; a correction asked brings it back with what to correct.
    await db.update(delegations).set({ credentialsStatus: 'submitted' }).where(eq(delegations.id, registration.delegationId));
    expect(await credentialsTasks(head)).toEqual([]);
    await db.update(delegations).set({ credentialsStatus: 'correction_requested', credentialsNote: 'Signed by the minister, please.' }).where(eq(delegations.id, registration.delegationId));
    expect((await credentialsTasks(head)).map((task) => [task.kind, task.subject])).toEqual([['correctCredentials', 'Signed by the minister, please.']]);
    // Once the meeting has concluded, nothing is asked.
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meeting.id));
    expect(await credentialsTasks(head)).toEqual([]);
  });

  it("asks a head to confirm the members of their delegation, counted, until each is confirmed", async () => {
    const organization = await factory.createParty({ kind: 'organization' });
    const head = await memberOf(organization);
    const meeting = await factory.createMeeting({ startDate: '2030-01-20', endDate: '2030-01-21' });
    const own = await factory.createRegistration({ meetingId: meeting.id, partyId: organization.id, userId: head.actor.id, delegationRole: 'head' });
    const first = await factory.createRegistration({ meetingId: meeting.id, partyId: organization.id, status: 'pending' });
    await factory.createRegistration({ meetingId: meeting.id, partyId: organization.id, delegationRole: 'adviser' });
    // Withdrawn, or already confirmed, a member is not asked about.
    await factory.createRegistration({ meetingId: meeting.id, partyId: organization.id, status: 'cancelled' });
    await factory.createRegistration({ meetingId: meeting.id, partyId: organization.id, confirmedByHeadAt: now });
    const confirmTasks = async (asking: Asking) => (await tasksOf(asking))!.filter((task) => task.kind === 'confirmMembers');

    expect((await confirmTasks(head)).map((task) => [task.count, task.href, task.dueDay])).toEqual([
      [2, `/meetings/${meeting.id}/delegations/${own.delegationId}`, '2030-01-20'],
    ]);
    // A member is not asked to confirm the others.
    const member = await memberOf(organization);
    await db.update(registrations).set({ userId: member.actor.id }).where(eq(registrations.id, first.id));
    expect(await confirmTasks(member)).toEqual([]);
    await db.update(registrations).set({ confirmedByHeadAt: now }).where(eq(registrations.delegationId, own.delegationId));
    expect(await confirmTasks(head)).toEqual([]);
  });

  it("asks nothing of an organization's head: member states present credentials", async () => {
    const organization = await factory.createParty({ kind: 'organization' });
    const head = await memberOf(organization);
    const meeting = await factory.createMeeting();
    await factory.createRegistration({ meetingId: meeting.id, partyId: organization.id, userId: head.actor.id, delegationRole: 'head' });
    expect(await kinds(head)).toEqual([]);
  });
});

describe('follow-ups on the home page', () => {
  /** Follow-ups agreed under one item of a concluded meeting: its party's, due on each day given (null: by the next meeting). */
  async function followUpsOf(ownerPartyId: string | null, dues: (string | null)[], status: 'open' | 'done' = 'open') {
    const meeting = await factory.createMeeting({ status: 'concluded' });
    const [item] = await db.insert(agendaItems).values({ meetingId: meeting.id, title: 'Low-carbon cities', position: 0 }).returning();
    const rows = await db
      .insert(followUps)
      .values(dues.map((dueDate, i) => ({ meetingId: meeting.id, agendaItemId: item!.id, description: `Action ${i + 1}`, ownerPartyId, dueDate, dueByNextMeeting: dueDate === null, status })))
      .returning();
    return { meeting, rows };
  }

  it("gives a delegate their party's open follow-ups, overdue first, and staff the overdue ones of everyone, counted", async () => {
    const japan = await factory.createParty({ kind: 'member_state' });
    const korea = await factory.createParty({ kind: 'member_state' });
    // In Seoul it is noon on 2 January 2030: one due yesterday is overdue, one due today is not.
    const { meeting, rows } = await followUpsOf(japan.id, ['2030-01-01', '2030-01-02', null]);
    await followUpsOf(japan.id, ['2029-12-01'], 'done');
    await followUpsOf(korea.id, ['2029-12-15']);
    await followUpsOf(null, ['2029-12-20', '2030-03-01']);

    const japanese = await memberOf(japan);
    const tasks = (await tasksOf(japanese))!.filter((task) => task.kind === 'followUp');
    expect(tasks.map((task) => [task.subject, task.dueDay, task.isOverdue, task.href])).toEqual([
      ['Action 1', '2030-01-01', true, `/follow-ups?meeting=${meeting.id}#follow-up-${rows[0]!.id}`],
      ['Action 2', '2030-01-02', false, `/follow-ups?meeting=${meeting.id}#follow-up-${rows[1]!.id}`],
      ['Action 3', null, false, `/follow-ups?meeting=${meeting.id}#follow-up-${rows[2]!.id}`],
    ]);
    expect(tasks[0]).toMatchObject({ meetingTitle: meeting.title, timeZone: 'Asia/Seoul' });
    // An observer of Japan reads no follow-ups.
    expect(await kinds(await memberOf(japan, 'observer'))).toEqual([]);

    // Staff chase every overdue one, whoever owns it: Japan's, Korea's and the secretariat's.
    const staff = await tasksOf({ actor: await factory.createActor(), party: null });
    expect(staff?.map((task) => [task.kind, task.count, task.href])).toEqual([['chaseFollowUps', 3, '/follow-ups?overdue=1']]);
    expect(await kinds({ actor: await factory.createActor({ role: 'chair' }), party: null })).toEqual([]);
    // Done, it is no longer chased.
    await db.update(followUps).set({ status: 'done' }).where(eq(followUps.id, rows[0]!.id));
    expect((await tasksOf({ actor: await factory.createActor(), party: null }))?.map((task) => task.count)).toEqual([2]);
    expect((await tasksOf(japanese))!.map((task) => task.subject)).toEqual(['Action 2', 'Action 3']);
  });
});

describe("what waits in the secretariat's and chairs' queues", () => {
  it('counts registrations and credentials to review by meeting, accounts to confirm, and amendments to decide by text; a chair sees their meetings\' amendments only', async () => {
    const chairUser = await factory.createActor({ role: 'chair' });
    const { meeting, statement } = await openMeeting();
    await db.update(meetings).set({ chairUserId: chairUser.id }).where(eq(meetings.id, meeting.id));
    const japan = await factory.createParty({ kind: 'member_state' });
    await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, status: 'pending' });
    await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, status: 'pending' });
    await factory.createRegistration({ meetingId: meeting.id, partyId: japan.id, status: 'approved' });
    await db.update(delegations).set({ credentialsStatus: 'submitted' }).where(eq(delegations.meetingId, meeting.id));
    await factory.createUser({ role: 'delegate', status: 'pending' });
    await amendments(statement, japan.id, 2);
    await amendments(statement, japan.id, 1, 'withdrawn');
    // Another meeting, chaired by someone else, with one amendment to decide; a concluded one's queue is closed.
    const other = await factory.createMeeting({ seriesId: meeting.seriesId, number: meeting.number + 1 });
    const otherText = await factory.createCirculatedStatement({ meetingId: other.id, title: 'Chair summary', commentDeadline: new Date('2030-01-04T09:00:00Z') });
    await amendments(otherText, japan.id, 1);
    const concluded = await factory.createMeeting({ seriesId: meeting.seriesId, number: meeting.number + 2, status: 'concluded' });
    await factory.createRegistration({ meetingId: concluded.id, partyId: japan.id, status: 'pending' });

    const staff = await tasksOf({ actor: await factory.createActor(), party: null });
    expect(staff?.map((task) => [task.kind, task.count, task.href])).toEqual([
      ['decideAmendments', 1, `/meetings/${other.id}/statements/${otherText.id}`],
      ['decideAmendments', 2, `/meetings/${meeting.id}/statements/${statement.id}`],
      ['decideRegistrations', 2, `/meetings/${meeting.id}/registrations?status=pending`],
      ['reviewCredentials', 1, `/meetings/${meeting.id}/credentials`],
      ['confirmSignUps', 1, '/admin/accounts'],
    ]);
    expect(staff?.[1]).toMatchObject({ subject: 'Decision on the work programme', meetingTitle: meeting.title, dueAt: new Date('2030-01-05T09:00:00Z') });
    expect((await tasksOf({ actor: chairUser, party: null }))?.map((task) => [task.kind, task.count, task.subject])).toEqual([
      ['decideAmendments', 2, 'Decision on the work programme'],
    ]);
    expect((await getWaitingTasks({ actor: await factory.createActor(), party: null, now }))?.hasMore).toBe(false);
    // A delegate's home is theirs, not the queues.
    expect((await getWaitingTasks({ ...(await memberOf(japan)), now }))?.isQueues).toBe(false);
  });

  it('shows the ten soonest, and says more wait', async () => {
    const party = await factory.createParty({ kind: 'member_state' });
    const first = await factory.createMeeting();
    for (let day = 1; day <= 12; day++) {
      const meeting = await factory.createMeeting({
        seriesId: first.seriesId,
        number: first.number + day,
        status: 'registration_open',
        registrationClosesAt: new Date(`2030-01-${String(day + 10).padStart(2, '0')}T09:00:00Z`),
      });
      await factory.createRegistration({ meetingId: meeting.id, partyId: party.id, status: 'pending' });
    }
    const waiting = await getWaitingTasks({ actor: await factory.createActor(), party: null, now });
    expect(waiting?.tasks).toHaveLength(10);
    expect(waiting?.hasMore).toBe(true);
    expect(waiting?.tasks.map((task) => task.dueAt?.toISOString().slice(0, 10))).toEqual(
      Array.from({ length: 10 }, (_, i) => `2030-01-${String(i + 11).padStart(2, '0')}`),
    );
  });

  it("takes each text through its steps: the secretariat merges and publishes, the meeting's chair finalizes and adopts", async () => {
    const chairUser = await factory.createActor({ role: 'chair' });
    const staffUser = await factory.createActor();
    const meeting = await factory.createMeeting({ chairUserId: chairUser.id });
    const japan = await factory.createParty({ kind: 'member_state' });
    const closed = new Date('2030-01-01T09:00:00Z');
    const text = (title: string, commentDeadline = closed) => factory.createCirculatedStatement({ meetingId: meeting.id, title, commentDeadline });
    // Comments closed on each of these; what is left to do differs.
    const toMerge = await text('Chair summary');
    await amendments(toMerge, japan.id, 2, 'accepted');
    const stillUndecided = await text('Decision on the budget');
    await amendments(stillUndecided, japan.id, 1, 'accepted');
    await amendments(stillUndecided, japan.id, 1);
    const settled = await text('Decision on the work programme');
    await amendments(settled, japan.id, 1, 'withdrawn');
    // Comments still open: nothing for the chair yet.
    await text('Statement on air pollution', new Date('2030-02-01T09:00:00Z'));
    const final = await factory.createStatement({ meetingId: meeting.id, title: 'Commemorative statement', status: 'final', finalizedAt: closed });
    const adopted = await factory.createStatement({
      meetingId: meeting.id,
      title: 'Ministerial message',
      status: 'adopted',
      adoptedAt: closed,
      adoptionManner: 'consensus',
    });
    const statementHref = (statement: Statement) => `/meetings/${meeting.id}/statements/${statement.id}`;
    const steps = async (actor: Actor) =>
      (await tasksOf({ actor, party: null }))?.filter((task) => task.kind !== 'decideAmendments').map((task) => [task.kind, task.count, task.href]);

    expect(await steps(staffUser)).toEqual([
      ['reviseText', 2, `${statementHref(toMerge)}/merge`],
      ['publishText', 1, statementHref(adopted)],
    ]);
    expect(await steps(chairUser)).toEqual([
      ['finalizeText', 1, statementHref(settled)],
      ['adoptText', 1, statementHref(final)],
    ]);
    // Each step is due by the end of the meeting's last day, in its zone; publication whenever ready.
    const dueOf = async (actor: Actor, kind: string) => (await tasksOf({ actor, party: null }))?.find((task) => task.kind === kind);
    const meetingEnds = zonedLocalToInstant(`${addDays(meeting.endDate, 1)}T00:00`, meeting.timeZone);
    expect(await dueOf(chairUser, 'finalizeText')).toMatchObject({ dueDay: meeting.endDate, dueAt: meetingEnds });
    expect(await dueOf(chairUser, 'adoptText')).toMatchObject({ dueDay: meeting.endDate, dueAt: meetingEnds });
    expect(await dueOf(staffUser, 'reviseText')).toMatchObject({ dueDay: meeting.endDate, dueAt: meetingEnds });
    expect(await dueOf(staffUser, 'publishText')).toMatchObject({ dueDay: null, dueAt: null });
    // The undecided amendment is in the amendments' queue, and keeps its text out of the others.
    expect((await tasksOf({ actor: chairUser, party: null }))?.filter((task) => task.kind === 'decideAmendments').map((task) => task.subject)).toEqual([
      'Decision on the budget',
    ]);
    // Another chair has none of these; a concluded meeting's texts are no longer finalized or adopted there, but still published.
    expect(await steps(await factory.createActor({ role: 'chair' }))).toEqual([]);
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meeting.id));
    expect(await steps(chairUser)).toEqual([]);
    expect(await steps(staffUser)).toEqual([['publishText', 1, statementHref(adopted)]]);
    // Published, it is done.
    await db.update(statements).set({ status: 'published', publishedAt: now }).where(eq(statements.id, adopted.id));
    expect(await steps(staffUser)).toEqual([]);
  });
});
