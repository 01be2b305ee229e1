import { count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, emailOutbox, evaluationResponses, evaluationSubmissions, meetingEvaluations, registrations, type Role } from '@/db/schema';
import { answerEvaluationByLink, getEvaluationByLink } from '@/lib/evaluations/answer-by-link';
import { answerEvaluation } from '@/lib/evaluations/answer-evaluation';
import { closeEvaluation } from '@/lib/evaluations/close-evaluation';
import { getEvaluation } from '@/lib/evaluations/get-evaluation';
import { openEvaluation } from '@/lib/evaluations/open-evaluation';
import { answerEvaluationByLinkSchema, answerEvaluationSchema } from '@/lib/evaluations/schemas';
import * as factory from './factories';
import { refusal } from './refusal';

// The meeting's last day was 24 November 2023 in Seoul; "now" is the next morning there.
const now = new Date('2023-11-25T01:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

async function rows(table: typeof meetingEvaluations | typeof evaluationSubmissions | typeof evaluationResponses | typeof auditEvents | typeof emailOutbox) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}
const written = async () => ({
  windows: await rows(meetingEvaluations),
  submissions: await rows(evaluationSubmissions),
  responses: await rows(evaluationResponses),
  audit: await rows(auditEvents),
  emails: await rows(emailOutbox),
});

/** A concluded meeting chaired by a chair, with two approved participants who have accounts, one without, and one still pending. */
async function heldMeeting(status: 'concluded' | 'in_session' | 'planned' | 'cancelled' = 'concluded') {
  const chair = await factory.createActor({ role: 'chair' });
  const meeting = await factory.createMeeting({
    status,
    startDate: '2023-11-23',
    endDate: '2023-11-24',
    chairUserId: chair.id,
    cancellationReason: status === 'cancelled' ? 'The host withdrew.' : null,
  });
  const korea = await factory.createParty();
  const participant = async (role: Role, values: { status?: 'approved' | 'pending'; withAccount?: boolean } = {}) => {
    const actor = await factory.createActor({ role, partyId: korea.id });
    const registration = await factory.createRegistration({
      meetingId: meeting.id,
      partyId: korea.id,
      userId: values.withAccount === false ? null : actor.id,
      email: actor.email,
      name: actor.name,
      status: values.status ?? 'approved',
    });
    return { actor, registration };
  };
  const delegate = await participant('delegate');
  const observer = await participant('observer');
  const pending = await participant('delegate', { status: 'pending' });
  const withoutAccount = await participant('delegate', { withAccount: false });
  return { meeting, chair, delegate, observer, pending, withoutAccount, staff: await factory.createActor() };
}

/** The token of the link an email carries. */
const tokenIn = (body: string) => /\/public\/evaluations\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? '';
async function linkOf(email: string) {
  const [sent] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email.toLowerCase())).orderBy(desc(emailOutbox.id)).limit(1);
  return tokenIn(sent!.body);
}

const answers = (meetingId: string, values: Record<string, unknown> = {}) =>
  answerEvaluationSchema.parse({ meetingId, objectives: '4', relevance: '5', documents: '3', organization: '4', overall: '5', ...values });

describe('opening and closing an evaluation', () => {
  it('opens a held meeting until the end of a day, asks each approved participant by email with a link of their own, and audits it', async () => {
    const { meeting, staff } = await heldMeeting();
    const { closesAt } = await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    expect(closesAt.toISOString()).toBe('2023-12-08T15:00:00.000Z');
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'evaluation_opened'));
    // The two with accounts and the one without; not the one still pending.
    expect(emails).toHaveLength(3);
    const links = emails.map((email) => tokenIn(email.body));
    expect(new Set(links).size).toBe(3);
    expect(emails[0]!.body).toContain('2023-12-08 (Asia/Seoul time)');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation.opened'));
    expect(event).toMatchObject({ actorUserId: staff.id, entityType: 'meeting', entityId: meeting.id });
    expect(event!.change).toEqual({ fields: { evaluationClosesAt: { before: null, after: '2023-12-08T15:00:00.000Z' } } });
    expect((await getEvaluation({ actor: staff, input: { meetingId: meeting.id }, now })).state).toBe('open');
  });

  it('closes early, opens again until a new day, and asks only those who have not answered', async () => {
    const { meeting, staff, delegate } = await heldMeeting('in_session');
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    await answerEvaluation({ actor: delegate.actor, input: answers(meeting.id), now: later(1) });
    await closeEvaluation({ actor: staff, input: { meetingId: meeting.id }, now: later(2) });
    expect((await getEvaluation({ actor: staff, input: { meetingId: meeting.id }, now: later(2) })).state).toBe('closed');
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-20' }, now: later(3) });
    const asked = await db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(eq(emailOutbox.kind, 'evaluation_opened'));
    // Twice the observer and the participant without an account, once the delegate (who had answered by the second opening).
    expect(asked.filter((e) => e.to === delegate.actor.email)).toHaveLength(1);
    expect(asked).toHaveLength(5);
    const view = await getEvaluation({ actor: staff, input: { meetingId: meeting.id }, now: later(3) });
    expect(view).toMatchObject({ state: 'open', closingDay: '2023-12-20' });
  });

  it('refuses every role but the secretariat, a meeting not yet held or cancelled, a day past, and a second opening, writing nothing', async () => {
    const { meeting, chair, delegate, observer, staff } = await heldMeeting();
    const before = await written();
    const input = { meetingId: meeting.id, closingDay: '2023-12-08' };
    for (const actor of [chair, delegate.actor, observer.actor]) expect(await refusal(openEvaluation({ actor, input, now }))).toMatchObject({ code: 'FORBIDDEN' });
    for (const status of ['planned', 'cancelled'] as const) {
      const notHeld = await heldMeeting(status);
      expect(await refusal(openEvaluation({ actor: staff, input: { ...input, meetingId: notHeld.meeting.id }, now }))).toMatchObject({ messageKey: 'evaluationMeetingNotHeld' });
    }
    expect(await refusal(openEvaluation({ actor: staff, input: { ...input, closingDay: '2023-11-24' }, now }))).toMatchObject({
      messageKey: 'evaluationClosingDayPast',
      fieldErrors: { closingDay: 'evaluationClosingDayPast' },
    });
    expect(await refusal(openEvaluation({ actor: staff, input: { ...input, meetingId: crypto.randomUUID() }, now }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(closeEvaluation({ actor: staff, input: { meetingId: meeting.id }, now }))).toMatchObject({ messageKey: 'evaluationNotOpen' });
    expect(await written()).toEqual(before);

    await openEvaluation({ actor: staff, input, now });
    const opened = await written();
    expect(await refusal(openEvaluation({ actor: staff, input: { ...input, closingDay: '2024-01-08' }, now }))).toMatchObject({ messageKey: 'evaluationAlreadyOpen' });
    for (const actor of [chair, delegate.actor]) expect(await refusal(closeEvaluation({ actor, input: { meetingId: meeting.id }, now }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toEqual(opened);
  });
});

describe('answering an evaluation', () => {
  it('takes an approved participant’s answers once, anonymously: who answered and what are not linked', async () => {
    const { meeting, staff, delegate, observer } = await heldMeeting();
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    await answerEvaluation({ actor: delegate.actor, input: answers(meeting.id, { mostUseful: 'The air quality session.' }), now: later(1) });
    await answerEvaluation({ actor: observer.actor, input: answers(meeting.id, { objectives: '2', improvements: 'Papers earlier, please.' }), now: later(1) });

    const submissions = await db.select().from(evaluationSubmissions).where(eq(evaluationSubmissions.meetingId, meeting.id));
    expect(submissions.map((s) => s.registrationId).sort()).toEqual([delegate.registration.id, observer.registration.id].sort());
    const responses = await db.select().from(evaluationResponses).where(eq(evaluationResponses.meetingId, meeting.id));
    expect(responses).toHaveLength(2);
    // A response names no person, registration or time.
    expect(Object.keys(responses[0]!).sort()).toEqual(['documents', 'id', 'improvements', 'meetingId', 'mostUseful', 'objectives', 'organization', 'overall', 'relevance']);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation.answered'));
    expect(events.map((e) => e.change)).toEqual([{}, {}]);

    const again = await written();
    expect(await refusal(answerEvaluation({ actor: delegate.actor, input: answers(meeting.id), now: later(2) }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'evaluationAlreadyAnswered',
    });
    expect(await written()).toEqual(again);
    const view = await getEvaluation({ actor: delegate.actor, input: { meetingId: meeting.id }, now: later(2) });
    expect(view).toMatchObject({ own: { hasAnswered: true }, can: { answer: false, readResults: false }, results: null });
  });

  it('refuses staff, a pending registration, someone of another meeting, and anyone before opening or after closing, writing nothing', async () => {
    const { meeting, staff, delegate, pending } = await heldMeeting();
    const other = await heldMeeting();
    const before = await written();
    expect(await refusal(answerEvaluation({ actor: delegate.actor, input: answers(meeting.id), now }))).toMatchObject({ messageKey: 'evaluationNotOpen' });
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    const opened = await written();
    expect(opened.windows).toBe(before.windows + 1);
    expect(await refusal(answerEvaluation({ actor: staff, input: answers(meeting.id), now }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'forbidden' });
    for (const actor of [pending.actor, other.delegate.actor]) {
      expect(await refusal(answerEvaluation({ actor, input: answers(meeting.id), now }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'evaluationNotParticipant' });
    }
    // The end of 8 December in Seoul: closed.
    expect(await refusal(answerEvaluation({ actor: delegate.actor, input: answers(meeting.id), now: new Date('2023-12-08T15:00:00Z') }))).toMatchObject({
      messageKey: 'evaluationNotOpen',
    });
    expect(await written()).toEqual(opened);
  });
});

describe('the results', () => {
  it('count the answers for the secretariat and the meeting’s chair, with the response rate and the remarks', async () => {
    const { meeting, staff, chair, delegate, observer } = await heldMeeting();
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    await answerEvaluation({ actor: delegate.actor, input: answers(meeting.id, { mostUseful: 'The air quality session.' }), now });
    await answerEvaluation({ actor: observer.actor, input: answers(meeting.id, { objectives: '2', improvements: 'Papers earlier, please.' }), now });
    for (const actor of [staff, chair]) {
      const { results, can } = await getEvaluation({ actor, input: { meetingId: meeting.id }, now });
      expect(can.readResults).toBe(true);
      // Three approved participants (one has no account), two answers.
      expect(results).toMatchObject({ responses: 2, participants: 3, rate: 67, mostUseful: ['The air quality session.'], improvements: ['Papers earlier, please.'] });
      expect(results!.questions[0]).toEqual({ question: 'objectives', counts: [0, 1, 0, 1, 0], mean: 3 });
    }
    expect(await getEvaluation({ actor: staff, input: { meetingId: meeting.id }, now })).toMatchObject({ can: { close: true, open: false } });
  });

  it('are not for another meeting’s chair, nor for delegates', async () => {
    const { meeting } = await heldMeeting();
    const otherChair = await factory.createActor({ role: 'chair' });
    for (const actor of [otherChair, await factory.createActor({ role: 'delegate', partyId: (await factory.createParty()).id })]) {
      const view = await getEvaluation({ actor, input: { meetingId: meeting.id }, now });
      expect(view).toMatchObject({ results: null, own: null, can: { readResults: false, answer: false, open: false, close: false } });
    }
    expect(await refusal(getEvaluation({ actor: otherChair, input: { meetingId: 'not-an-id' }, now }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe("answering through one's own link, signed out", () => {
  const byLink = (token: string, values: Record<string, unknown> = {}) =>
    answerEvaluationByLinkSchema.parse({ token, objectives: '3', relevance: '4', documents: '5', organization: '4', overall: '4', ...values });

  it('lets a participant without an account answer once, anonymously, and counts it as theirs', async () => {
    const { meeting, staff, withoutAccount } = await heldMeeting();
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    const token = await linkOf(withoutAccount.registration.email);
    expect(await getEvaluationByLink({ input: { token }, now })).toEqual({
      state: 'open',
      meetingTitle: meeting.title,
      timeZone: 'Asia/Seoul',
      closingDay: '2023-12-08',
      hasAnswered: false,
    });
    await answerEvaluationByLink({ input: byLink(token, { improvements: 'Send the agenda earlier.' }), now });
    expect(await getEvaluationByLink({ input: { token }, now })).toMatchObject({ hasAnswered: true });
    const [submission] = await db.select().from(evaluationSubmissions).where(eq(evaluationSubmissions.meetingId, meeting.id));
    expect(submission!.registrationId).toBe(withoutAccount.registration.id);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation.answered'));
    expect(event).toMatchObject({ actorUserId: null, entityId: meeting.id, change: {} });
    expect((await getEvaluation({ actor: staff, input: { meetingId: meeting.id }, now })).results).toMatchObject({ responses: 1, improvements: ['Send the agenda earlier.'] });

    const before = await written();
    expect(await refusal(answerEvaluationByLink({ input: byLink(token), now }))).toMatchObject({ code: 'CONFLICT', messageKey: 'evaluationAlreadyAnswered' });
    expect(await written()).toEqual(before);
  });

  it('is one answer with the account: a link answered, the signed-in page says so and refuses another', async () => {
    const { meeting, staff, delegate } = await heldMeeting();
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-08' }, now });
    await answerEvaluationByLink({ input: byLink(await linkOf(delegate.actor.email)), now });
    expect((await getEvaluation({ actor: delegate.actor, input: { meetingId: meeting.id }, now })).own).toEqual({ hasAnswered: true });
    expect(await refusal(answerEvaluation({ actor: delegate.actor, input: answers(meeting.id), now }))).toMatchObject({ messageKey: 'evaluationAlreadyAnswered' });
  });

  it('leads nowhere once replaced by a newer opening, mistyped, or of a registration no longer approved, and nothing is written', async () => {
    const { meeting, staff, observer, withoutAccount } = await heldMeeting();
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-11-30' }, now });
    const first = await linkOf(withoutAccount.registration.email);
    // Closed on the 30th, its links show it closed and take no answer.
    const afterClosing = new Date('2023-12-01T00:00:00Z');
    expect(await getEvaluationByLink({ input: { token: first }, now: afterClosing })).toMatchObject({ state: 'closed', hasAnswered: false });
    expect(await refusal(answerEvaluationByLink({ input: byLink(first), now: afterClosing }))).toMatchObject({ messageKey: 'evaluationNotOpen' });
    await openEvaluation({ actor: staff, input: { meetingId: meeting.id, closingDay: '2023-12-20' }, now: afterClosing });
    const second = await linkOf(withoutAccount.registration.email);
    expect(second).not.toBe(first);
    const observers = await linkOf(observer.actor.email);
    expect(await getEvaluationByLink({ input: { token: observers }, now: afterClosing })).toMatchObject({ state: 'open' });
    await db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, observer.registration.id));

    const before = await written();
    for (const token of [first, observers, 'x'.repeat(43)]) {
      expect(await getEvaluationByLink({ input: { token }, now: afterClosing })).toEqual({ state: 'unknown' });
      expect(await refusal(answerEvaluationByLink({ input: byLink(token), now: afterClosing }))).toMatchObject({ code: 'NOT_FOUND', messageKey: 'evaluationLinkUnknown' });
    }
    expect(await getEvaluationByLink({ input: { token: 'short' }, now })).toEqual({ state: 'unknown' });
    expect(answerEvaluationByLinkSchema.safeParse({ ...byLink(second), token: 'short' }).error?.issues[0]?.message).toBe('evaluationLinkUnknown');
    expect(await written()).toEqual(before);
    await answerEvaluationByLink({ input: byLink(second), now: afterClosing });
  });
});
