import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, statementComments, statements } from '@/db/schema';
import type { Actor } from '@/lib/permissions';
import { commentOnStatementSchema } from '@/lib/statements/amendment-schemas';
import { commentOnStatement } from '@/lib/statements/comment-on-statement';
import { getStatement } from '@/lib/statements/get-statement';
import { withdrawStatementComment } from '@/lib/statements/withdraw-statement-comment';
import * as factory from './factories';
import { refusal } from './refusal';
import { session } from './signed-in';

vi.mock('@/lib/session', async () => (await import('./signed-in')).signedInSession);

const { commentOnStatementAction, withdrawStatementCommentAction } = await import('@/app/(app)/meetings/[id]/statements/amendment-actions');

/** Everything a comment writes: a refusal leaves both as they were. */
async function written() {
  const [[comments], [events]] = await Promise.all([db.select({ n: count() }).from(statementComments), db.select({ n: count() }).from(auditEvents)]);
  return { comments: comments!.n, events: events!.n };
}

async function delegateOf(name: string, kind: 'member_state' | 'organization' = 'member_state') {
  const party = await factory.createParty({ name, kind });
  return factory.createActor({ role: 'delegate', partyId: party.id, name: `Delegate of ${name}` });
}

/** Revision 2 of a statement of a chaired meeting, circulated, and who is around it. */
async function circulated() {
  const chair = await factory.createActor({ role: 'chair' });
  const meeting = await factory.createMeeting({ chairUserId: chair.id, timeZone: 'Asia/Seoul' });
  const statement = await factory.createCirculatedStatement({ meetingId: meeting.id, currentRevision: 2 });
  const [secretariat, japan, china] = await Promise.all([factory.createActor(), delegateOf('Japan'), delegateOf('China')]);
  return { chair, meeting, statement, secretariat, japan, china };
}

const comment = (statementId: string, body = 'Japan supports the draft and its focus on focal points.') => commentOnStatementSchema.parse({ statementId, body });

describe('commentOnStatement', () => {
  it("keeps a member state's comments on the circulated revision, each with its audit event, for every reader to see", async () => {
    const { statement, secretariat, chair, japan, china } = await circulated();
    const first = await commentOnStatement({ actor: japan, input: comment(statement.id) });
    expect(first).toMatchObject({ statementId: statement.id, revisionNumber: 2, partyId: japan.partyId, authorUserId: japan.id, meetingId: statement.meetingId });
    await commentOnStatement({ actor: china, input: comment(statement.id, 'China asks for time to consult its capital.') });
    // A delegation's position moves: a second comment is kept beside the first.
    await commentOnStatement({ actor: japan, input: comment(statement.id, 'Japan can now join consensus.') });

    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, statement.id)).orderBy(auditEvents.id).limit(1);
    expect(event).toMatchObject({
      action: 'statement.commented',
      actorUserId: japan.id,
      change: { fields: { partyId: { after: japan.partyId }, revision: { after: 2 }, comment: { after: 'Japan supports the draft and its focus on focal points.' } } },
    });
    expect((await written()).events).toBe(3);
    for (const reader of [secretariat, chair, japan, china]) {
      const { comments } = await getStatement({ actor: reader, input: { statementId: statement.id } });
      expect(comments.map((c) => [c.partyName, c.authorName, c.revisionNumber, c.body])).toEqual([
        ['Japan', 'Delegate of Japan', 2, 'Japan supports the draft and its focus on focal points.'],
        ['China', 'Delegate of China', 2, 'China asks for time to consult its capital.'],
        ['Japan', 'Delegate of Japan', 2, 'Japan can now join consensus.'],
      ]);
    }
  });

  it('refuses everyone but a member state’s delegate, through the action and the service, writing nothing', async () => {
    const { statement, secretariat, chair } = await circulated();
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ name: 'Observer', kind: 'observer' })).id });
    const organization = await delegateOf('UN ESCAP', 'organization');
    // A chair from a member state (Korea chaired the 26th SOM) speaks as chair, not for the country.
    const korean = await factory.createActor({ role: 'chair', partyId: (await factory.createParty({ name: 'Republic of Korea' })).id });
    const before = await written();
    for (const actor of [secretariat, chair, korean, organization] as Actor[]) {
      expect((await refusal(commentOnStatement({ actor, input: comment(statement.id) }))).messageKey).toBe('statementCommentMemberStatesOnly');
      session.actor = actor;
      expect(await commentOnStatementAction(comment(statement.id))).toMatchObject({ ok: false, formError: 'statementCommentMemberStatesOnly' });
    }
    // An observer does not read circulated texts: for them it is not there.
    expect((await refusal(commentOnStatement({ actor: observer, input: comment(statement.id) }))).code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('refuses a comment once the deadline passed or the chair closed the text, and a text the delegate may not read, writing nothing', async () => {
    const { statement, meeting, japan } = await circulated();
    const before = await written();
    await db.update(statements).set({ commentDeadline: new Date(Date.now() - 1000) }).where(eq(statements.id, statement.id));
    expect((await refusal(commentOnStatement({ actor: japan, input: comment(statement.id) }))).messageKey).toBe('statementCommentsClosed');
    await db.update(statements).set({ status: 'final', commentDeadline: new Date(Date.now() + 86_400_000) }).where(eq(statements.id, statement.id));
    expect((await refusal(commentOnStatement({ actor: japan, input: comment(statement.id) }))).messageKey).toBe('statementCommentsClosed');
    // A draft never circulated is not theirs to read: as missing as one that does not exist.
    const draft = await factory.createStatement({ meetingId: meeting.id });
    expect((await refusal(commentOnStatement({ actor: japan, input: comment(draft.id) }))).code).toBe('NOT_FOUND');
    expect((await refusal(commentOnStatement({ actor: japan, input: comment(crypto.randomUUID()) }))).code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('answers a short comment beside its field through the action, and takes no party from the client', async () => {
    const { statement, japan, china } = await circulated();
    session.actor = japan;
    const before = await written();
    expect(await commentOnStatementAction({ statementId: statement.id, body: ' ok ' })).toMatchObject({ ok: false, fieldErrors: { body: 'statementCommentRequired' } });
    expect(await written()).toEqual(before);
    const forged = { ...comment(statement.id), partyId: china.partyId } as never;
    expect(await commentOnStatementAction(forged)).toMatchObject({ ok: true });
    const [saved] = await db.select().from(statementComments).where(eq(statementComments.statementId, statement.id));
    expect(saved!.partyId).toBe(japan.partyId);
  });
});

describe('withdrawStatementComment', () => {
  /** The comments as they stand, withdrawn or not, and every audit event. */
  const state = async () => ({
    comments: await db.select().from(statementComments).orderBy(asc(statementComments.createdAt)),
    events: await db.select().from(auditEvents).orderBy(asc(auditEvents.id)),
  });
  const withdraw = (actor: Actor, commentId: string) => withdrawStatementComment({ actor, input: { commentId } });

  it('takes a comment back for its delegation: gone from the page for every reader, audited with its words, and once only', async () => {
    const { statement, secretariat, chair, japan, china } = await circulated();
    const first = await commentOnStatement({ actor: japan, input: comment(statement.id) });
    await commentOnStatement({ actor: china, input: comment(statement.id, 'China asks for time to consult its capital.') });
    const colleague = await factory.createActor({ role: 'delegate', partyId: japan.partyId, name: 'Another delegate of Japan' });
    // Japan's comment is the delegation's: the reader who wrote it, or a colleague, may take it back; China may not.
    expect((await getStatement({ actor: colleague, input: { statementId: statement.id } })).comments.map((c) => [c.partyName, c.canWithdraw])).toEqual([
      ['Japan', true],
      ['China', false],
    ]);
    session.actor = colleague;
    expect(await withdrawStatementCommentAction({ commentId: first.id })).toMatchObject({ ok: true });
    const { comments, events } = await state();
    expect(comments[0]).toMatchObject({ id: first.id, withdrawnAt: expect.any(Date), withdrawnByUserId: colleague.id });
    expect(events.at(-1)).toMatchObject({
      action: 'statement.comment_withdrawn',
      actorUserId: colleague.id,
      entityId: statement.id,
      change: { fields: { partyId: { after: japan.partyId }, revision: { after: 2 }, comment: { before: 'Japan supports the draft and its focus on focal points.' } } },
    });
    for (const reader of [secretariat, chair, japan, china]) {
      expect((await getStatement({ actor: reader, input: { statementId: statement.id } })).comments.map((c) => c.body)).toEqual(['China asks for time to consult its capital.']);
    }
    const before = await state();
    expect((await refusal(withdraw(japan, first.id))).messageKey).toBe('statementCommentWithdrawn');
    expect(await state()).toEqual(before);
  });

  it("refuses another delegation, staff, the chair and an observer, through the action and the service, writing nothing", async () => {
    const { statement, secretariat, chair, japan, china } = await circulated();
    const own = await commentOnStatement({ actor: japan, input: comment(statement.id) });
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ name: 'Observer', kind: 'observer' })).id });
    const before = await state();
    for (const actor of [china, secretariat, chair] as Actor[]) {
      expect((await refusal(withdraw(actor, own.id))).messageKey).toBe('statementCommentOwnOnly');
      session.actor = actor;
      expect(await withdrawStatementCommentAction({ commentId: own.id })).toMatchObject({ ok: false, formError: 'statementCommentOwnOnly' });
    }
    // An observer does not read circulated texts: for them the comment is not there.
    expect((await refusal(withdraw(observer, own.id))).code).toBe('NOT_FOUND');
    expect(await state()).toEqual(before);
  });

  it('refuses once comments have closed, and answers an unknown or malformed comment, writing nothing', async () => {
    const { statement, japan } = await circulated();
    const own = await commentOnStatement({ actor: japan, input: comment(statement.id) });
    await db.update(statements).set({ status: 'final' }).where(eq(statements.id, statement.id));
    const before = await state();
    expect((await refusal(withdraw(japan, own.id))).messageKey).toBe('statementCommentsClosed');
    expect((await getStatement({ actor: japan, input: { statementId: statement.id } })).comments.map((c) => c.canWithdraw)).toEqual([false]);
    expect((await refusal(withdraw(japan, crypto.randomUUID()))).code).toBe('NOT_FOUND');
    session.actor = japan;
    expect(await withdrawStatementCommentAction({ commentId: 'not-an-id' })).toMatchObject({ ok: false, fieldErrors: { commentId: expect.any(String) } });
    expect(await state()).toEqual(before);
  });
});
