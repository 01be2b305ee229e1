import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { findDocumentWithContent } from '@/db/queries/documents';
import { agendaItems, agendas, auditEvents, documents, followUps, meetingSessions, type Role } from '@/db/schema';
import { addAgendaItem } from '@/lib/agenda/add-agenda-item';
import { addFollowUp } from '@/lib/agenda/add-follow-up';
import { changeAgendaStatus } from '@/lib/agenda/change-agenda-status';
import { changeFollowUpStatus } from '@/lib/agenda/change-follow-up-status';
import { changeItemStatus } from '@/lib/agenda/change-item-status';
import { getFloor } from '@/lib/floor/get-floor';
import { findFollowUps } from '@/lib/agenda/find-follow-ups';
import { getAgenda } from '@/lib/agenda/get-agenda';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { issueAgendaDocument } from '@/lib/agenda/issue-agenda-document';
import { moveAgendaItem } from '@/lib/agenda/move-agenda-item';
import { recordOutcome } from '@/lib/agenda/record-outcome';
import { removeAgendaItem } from '@/lib/agenda/remove-agenda-item';
import { addAgendaItemSchema, changeFollowUpStatusSchema, findFollowUpsSchema, updateAgendaItemSchema } from '@/lib/agenda/schemas';
import { updateAgendaItem } from '@/lib/agenda/update-agenda-item';
import { AppError } from '@/lib/errors';
import { planNextMeeting } from '@/lib/meetings/plan-next-meeting';
import type { Actor } from '@/lib/permissions';
import { pdfText } from '../helpers/pdf-text';
import * as factory from './factories';
import { refusal } from './refusal';

type Meeting = Awaited<ReturnType<typeof factory.createMeeting>>;

function itemInput(meetingId: string, title: string, values: Record<string, unknown> = {}) {
  return addAgendaItemSchema.parse({ meetingId, title, kind: 'substantive', ...values });
}

async function rows(table: typeof agendaItems | typeof auditEvents | typeof followUps | typeof documents) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

async function numbersOf(meetingId: string, actor: Actor) {
  const { items } = await getAgenda({ actor, input: { meetingId } });
  return items.map((item) => `${item.number} ${item.title}`);
}

async function versionOf(meetingId: string) {
  const [agenda] = await db.select().from(agendas).where(eq(agendas.meetingId, meetingId));
  return agenda!.version;
}

/** 1 Opening, 2 Review (2.1 Air, 2.2 Nature), 3 Closing. */
async function buildAgenda(actor: Actor, meeting: Meeting) {
  const opening = await addAgendaItem({ actor, input: itemInput(meeting.id, 'Opening', { kind: 'procedural', isRecurring: true }) });
  const review = await addAgendaItem({ actor, input: itemInput(meeting.id, 'Review') });
  const air = await addAgendaItem({ actor, input: itemInput(meeting.id, 'Air', { parentId: review.id }) });
  const nature = await addAgendaItem({ actor, input: itemInput(meeting.id, 'Nature', { parentId: review.id }) });
  const closing = await addAgendaItem({ actor, input: itemInput(meeting.id, 'Closing', { kind: 'procedural', isRecurring: true }) });
  return { opening, review, air, nature, closing };
}

describe('building the agenda', () => {
  it('adds items and sub-items, numbered from order and nesting, and audits each', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    await buildAgenda(actor, meeting);
    expect(await numbersOf(meeting.id, actor)).toEqual(['1 Opening', '2 Review', '2.1 Air', '2.2 Nature', '3 Closing']);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.item_added')).orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(5);
    expect(events.find((event) => (event.change as { fields: { title: { after: string } } }).fields.title.after === 'Air')?.change).toMatchObject({
      fields: { number: { after: '2.1' } },
    });
  });

  it('edits an item with presenter, session and linked documents of the meeting', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const party = await factory.createParty();
    const [session] = await db
      .insert(meetingSessions)
      .values({ meetingId: meeting.id, title: 'Morning', startsAt: new Date('2030-01-10T00:30:00Z'), endsAt: new Date('2030-01-10T03:00:00Z') })
      .returning();
    const item = await addAgendaItem({ actor, input: itemInput(meeting.id, 'Review') });
    await db.insert(agendas).values({ meetingId: meeting.id }).onConflictDoNothing();
    const paper = await issueAgendaDocument({ actor, input: { meetingId: meeting.id, paper: 'agenda' } });
    const updated = await updateAgendaItem({
      actor,
      input: updateAgendaItemSchema.parse({
        itemId: item.id,
        title: 'Review of programme areas',
        kind: 'project_review',
        annotation: 'The **secretariat** reports.',
        presenterKind: 'party',
        presenterPartyId: party.id,
        durationMinutes: '45',
        sessionId: session!.id,
        documentIds: [paper.id],
      }),
    });
    expect(updated).toMatchObject({ title: 'Review of programme areas', presenterPartyId: party.id, durationMinutes: 45, sessionId: session!.id });
    const { items } = await getAgenda({ actor, input: { meetingId: meeting.id } });
    expect(items[0]).toMatchObject({ presenterPartyName: party.name, sessionTitle: 'Morning', documents: [{ symbol: paper.symbol }] });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.item_updated')).orderBy(asc(auditEvents.id));
    expect(event!.change).toMatchObject({ fields: { title: { before: 'Review', after: 'Review of programme areas' } } });
  });

  it("refuses another meeting's session or document, a third level, and a delegate's or chair's changes, writing nothing", async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const other = await factory.createMeeting();
    const [session] = await db
      .insert(meetingSessions)
      .values({ meetingId: other.id, title: 'Elsewhere', startsAt: new Date('2030-01-10T00:30:00Z'), endsAt: new Date('2030-01-10T03:00:00Z') })
      .returning();
    const { air } = await buildAgenda(actor, meeting);
    const before = [await rows(agendaItems), await rows(auditEvents)];
    expect((await refusal(addAgendaItem({ actor, input: itemInput(meeting.id, 'Extra', { sessionId: session!.id }) }))).messageKey).toBe('sessionInvalid');
    expect((await refusal(addAgendaItem({ actor, input: itemInput(meeting.id, 'Extra', { parentId: air.id }) }))).messageKey).toBe('agendaTooDeep');
    for (const role of ['chair', 'delegate', 'observer'] as Role[]) {
      const someone = await factory.createActor({ role });
      expect((await refusal(addAgendaItem({ actor: someone, input: itemInput(meeting.id, 'Extra') }))).code).toBe('FORBIDDEN');
      expect((await refusal(removeAgendaItem({ actor: someone, input: { itemId: air.id, reason: null } }))).code).toBe('FORBIDDEN');
      const version = await versionOf(meeting.id);
      const move = { meetingId: meeting.id, itemId: air.id, parentId: null, index: 0, version, reason: null };
      expect((await refusal(moveAgendaItem({ actor: someone, input: move }))).code).toBe('FORBIDDEN');
    }
    expect([await rows(agendaItems), await rows(auditEvents)]).toEqual(before);
  });

  it('removes an item with its sub-items and closes the gap', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const { review } = await buildAgenda(actor, meeting);
    await removeAgendaItem({ actor, input: { itemId: review.id, reason: null } });
    expect(await numbersOf(meeting.id, actor)).toEqual(['1 Opening', '2 Closing']);
  });

  it('refuses changes once the meeting is concluded', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ status: 'concluded' });
    expect((await refusal(addAgendaItem({ actor, input: itemInput(meeting.id, 'Late') }))).messageKey).toBe('meetingClosedForEdits');
  });
});

describe('reordering', () => {
  it('moves items by any kind of move, renumbering, and audits the number before and after', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const { closing, air } = await buildAgenda(actor, meeting);
    const move = async (itemId: string, parentId: string | null, index: number) =>
      moveAgendaItem({ actor, input: { meetingId: meeting.id, itemId, parentId, index, version: await versionOf(meeting.id), reason: null } });
    await move(closing.id, null, 0);
    expect(await numbersOf(meeting.id, actor)).toEqual(['1 Closing', '2 Opening', '3 Review', '3.1 Air', '3.2 Nature']);
    await move(air.id, null, 3);
    expect(await numbersOf(meeting.id, actor)).toEqual(['1 Closing', '2 Opening', '3 Review', '3.1 Nature', '4 Air']);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.item_moved')).orderBy(auditEvents.id).limit(1);
    expect(event!.change).toMatchObject({ fields: { number: { before: '3', after: '1' } }, title: 'Closing' });
  });

  it('refuses a move under itself, a third level, an item of another meeting, and a stale order, changing nothing', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const other = await factory.createMeeting();
    const { review, air, opening } = await buildAgenda(actor, meeting);
    const foreign = await addAgendaItem({ actor, input: itemInput(other.id, 'Foreign') });
    const version = await versionOf(meeting.id);
    const attempt = (itemId: string, parentId: string | null, v = version) =>
      refusal(moveAgendaItem({ actor, input: { meetingId: meeting.id, itemId, parentId, index: 0, version: v, reason: null } }));
    expect((await attempt(review.id, review.id)).messageKey).toBe('agendaMoveUnderItself');
    expect((await attempt(review.id, air.id)).messageKey).toBe('agendaMoveUnderItself');
    expect((await attempt(review.id, opening.id)).messageKey).toBe('agendaTooDeep');
    expect((await attempt(foreign.id, null)).messageKey).toBe('agendaItemNotFound');
    expect((await attempt(opening.id, null, version - 1)).messageKey).toBe('agendaChangedMeanwhile');
    expect(await versionOf(meeting.id)).toBe(version);
    expect(await numbersOf(meeting.id, actor)).toEqual(['1 Opening', '2 Review', '2.1 Air', '2.2 Nature', '3 Closing']);
  });

  it('two reorders at once leave one consistent order: the second, made from the same version, is refused', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const { opening, closing } = await buildAgenda(actor, meeting);
    const version = await versionOf(meeting.id);
    const results = await Promise.allSettled([
      moveAgendaItem({ actor, input: { meetingId: meeting.id, itemId: opening.id, parentId: null, index: 2, version, reason: null } }),
      moveAgendaItem({ actor, input: { meetingId: meeting.id, itemId: closing.id, parentId: null, index: 0, version, reason: null } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).messageKey).toBe('agendaChangedMeanwhile');
    const stored = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const top = stored.filter((item) => item.parentId === null).map((item) => item.position).sort();
    expect(top).toEqual([0, 1, 2]);
  });

  it('many reorders at once, each from the version it read, never leave gaps or duplicates', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    const items = Object.values(await buildAgenda(actor, meeting));
    const attempts = items.map(async (item, i) => {
      for (let tries = 0; tries < 20; tries++) {
        try {
          return await moveAgendaItem({ actor, input: { meetingId: meeting.id, itemId: item.id, parentId: null, index: i % 3, version: await versionOf(meeting.id), reason: null } });
        } catch (error) {
          if (!(error instanceof AppError) || error.messageKey !== 'agendaChangedMeanwhile') throw error;
        }
      }
      return undefined;
    });
    await Promise.all(attempts);
    const stored = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const groups = new Map<string | null, number[]>();
    for (const item of stored) groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item.position]);
    for (const positions of groups.values()) expect(positions.sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
  });
});

describe('lifecycle and adoption', () => {
  it('goes provisional -> annotated -> adopted at the meeting, recording when and by whom; the chair may adopt their own meeting only', async () => {
    const staff = await factory.createActor();
    const chair = await factory.createActor({ role: 'chair' });
    const otherChair = await factory.createActor({ role: 'chair' });
    const meeting = await factory.createMeeting({ chairUserId: chair.id, status: 'registration_closed' });
    await buildAgenda(staff, meeting);
    await changeAgendaStatus({ actor: staff, input: { meetingId: meeting.id, status: 'annotated' } });
    expect((await refusal(changeAgendaStatus({ actor: staff, input: { meetingId: meeting.id, status: 'adopted' } }))).messageKey).toBe(
      'agendaMeetingNotInSession',
    );
    await db.update((await import('@/db/schema')).meetings).set({ status: 'in_session' });
    expect((await refusal(changeAgendaStatus({ actor: otherChair, input: { meetingId: meeting.id, status: 'adopted' } }))).code).toBe('FORBIDDEN');
    const delegate = await factory.createActor({ role: 'delegate' });
    expect((await refusal(changeAgendaStatus({ actor: delegate, input: { meetingId: meeting.id, status: 'adopted' } }))).code).toBe('FORBIDDEN');
    const now = new Date('2030-01-10T01:00:00Z');
    const adopted = await changeAgendaStatus({ actor: chair, input: { meetingId: meeting.id, status: 'adopted' }, now });
    expect(adopted).toMatchObject({ status: 'adopted', adoptedByUserId: chair.id, adoptedAt: now });
    expect((await refusal(changeAgendaStatus({ actor: staff, input: { meetingId: meeting.id, status: 'provisional' } }))).messageKey).toBe(
      'agendaTransitionNotAllowed',
    );
  });

  it('an adopted agenda changes only with a reason, which the audit keeps with before and after', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting({ status: 'in_session' });
    const { opening, closing } = await buildAgenda(staff, meeting);
    await changeAgendaStatus({ actor: staff, input: { meetingId: meeting.id, status: 'annotated' } });
    await changeAgendaStatus({ actor: staff, input: { meetingId: meeting.id, status: 'adopted' } });
    const before = await rows(auditEvents);
    const version = await versionOf(meeting.id);
    const move = { meetingId: meeting.id, itemId: closing.id, parentId: null, index: 0, version };
    const error = await refusal(moveAgendaItem({ actor: staff, input: { ...move, reason: null } }));
    expect(error).toMatchObject({ messageKey: 'agendaAdoptedReasonRequired', fieldErrors: { reason: 'agendaAdoptedReasonRequired' } });
    expect((await refusal(addAgendaItem({ actor: staff, input: itemInput(meeting.id, 'New') }))).messageKey).toBe('agendaAdoptedReasonRequired');
    expect(
      (await refusal(updateAgendaItem({ actor: staff, input: updateAgendaItemSchema.parse({ itemId: opening.id, title: 'Opening!', kind: 'procedural' }) })))
        .messageKey,
    ).toBe('agendaAdoptedReasonRequired');
    expect(await rows(auditEvents)).toBe(before);
    await moveAgendaItem({ actor: staff, input: { ...move, reason: 'The host minister arrives late' } });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.item_moved')).orderBy(asc(auditEvents.id));
    expect(event!.change).toMatchObject({ reason: 'The host minister arrives late', fields: { number: { before: '3', after: '1' } } });
  });
});

describe('at the meeting', () => {
  async function inSession() {
    const staff = await factory.createActor();
    const chair = await factory.createActor({ role: 'chair' });
    const meeting = await factory.createMeeting({ chairUserId: chair.id, status: 'in_session' });
    const items = await buildAgenda(staff, meeting);
    return { staff, chair, meeting, items };
  }

  it('the chair takes an item up, the meeting page shows it, then records its outcome and a follow-up, and concludes it', async () => {
    const { chair, meeting, items } = await inSession();
    const japan = await factory.createParty({ code: `J${Date.now() % 100000}` });
    await changeItemStatus({ actor: chair, input: { itemId: items.air.id, status: 'in_discussion' } });
    expect((await getMeeting({ actor: chair, input: { meetingId: meeting.id } })).agenda.inDiscussion).toEqual({ number: '2.1', title: 'Air' });
    expect((await refusal(changeItemStatus({ actor: chair, input: { itemId: items.nature.id, status: 'in_discussion' } }))).messageKey).toBe(
      'agendaAnotherItemInDiscussion',
    );
    await recordOutcome({ actor: chair, input: { itemId: items.air.id, outcome: 'The meeting welcomed the report.' } });
    const followUp = await addFollowUp({
      actor: chair,
      input: { itemId: items.air.id, description: 'Share monitoring data', ownerPartyId: japan.id, dueDate: null, dueByNextMeeting: true },
    });
    await changeItemStatus({ actor: chair, input: { itemId: items.air.id, status: 'concluded' } });
    const { items: listed } = await getAgenda({ actor: chair, input: { meetingId: meeting.id } });
    expect(listed.find((item) => item.id === items.air.id)).toMatchObject({
      status: 'concluded',
      outcome: 'The meeting welcomed the report.',
      followUps: [{ id: followUp.id, ownerName: japan.name, dueByNextMeeting: true }],
    });
    expect((await refusal(removeAgendaItem({ actor: (await factory.createActor()), input: { itemId: items.air.id, reason: null } }))).messageKey).toBe(
      'agendaItemAlreadyTakenUp',
    );
  });

  it('keeps the time spent on an item across its discussions, for the speakers\' list to count on from', async () => {
    const { chair, meeting, items } = await inSession();
    const at = (time: string) => new Date(`2027-03-16T${time}+09:00`);
    const step = (status: 'in_discussion' | 'deferred' | 'concluded', time: string) => changeItemStatus({ actor: chair, input: { itemId: items.air.id, status }, now: at(time) });
    expect(await step('in_discussion', '10:00:00')).toMatchObject({ discussionStartedAt: at('10:00:00'), discussedSeconds: 0 });
    expect(await step('deferred', '10:20:00')).toMatchObject({ discussionStartedAt: null, discussedSeconds: 1200 });
    await step('in_discussion', '15:00:00');
    const floor = await getFloor({ actor: chair, input: { meetingId: meeting.id } });
    // A clock counting from 14:40 shows the 20 minutes of the morning and what has passed since 15:00.
    expect(floor.item?.discussion).toMatchObject({ since: at('14:40:00') });
    expect(await step('concluded', '15:12:30')).toMatchObject({ discussionStartedAt: null, discussedSeconds: 1950 });
  });

  it('refuses outcomes and statuses from a delegate, the chair of another meeting, or outside the session, writing nothing', async () => {
    const { items } = await inSession();
    const delegate = await factory.createActor({ role: 'delegate' });
    const otherChair = await factory.createActor({ role: 'chair' });
    const before = await rows(auditEvents);
    for (const actor of [delegate, otherChair]) {
      expect((await refusal(recordOutcome({ actor, input: { itemId: items.air.id, outcome: 'Decided' } }))).code).toBe('FORBIDDEN');
      expect((await refusal(changeItemStatus({ actor, input: { itemId: items.air.id, status: 'in_discussion' } }))).code).toBe('FORBIDDEN');
      expect(
        (await refusal(addFollowUp({ actor, input: { itemId: items.air.id, description: 'Do it', ownerPartyId: null, dueDate: '2030-05-01', dueByNextMeeting: false } })))
          .code,
      ).toBe('FORBIDDEN');
    }
    const staff = await factory.createActor();
    const planned = await factory.createMeeting();
    const later = await addAgendaItem({ actor: staff, input: itemInput(planned.id, 'Later') });
    const afterSetup = await rows(auditEvents);
    expect((await refusal(changeItemStatus({ actor: staff, input: { itemId: later.id, status: 'in_discussion' } }))).messageKey).toBe(
      'agendaMeetingNotInSession',
    );
    expect((await refusal(changeItemStatus({ actor: staff, input: { itemId: items.air.id, status: 'concluded' } }))).messageKey).toBe(
      'agendaItemTransitionNotAllowed',
    );
    expect(await rows(auditEvents)).toBe(afterSetup);
    expect(afterSetup).toBe(before + 1);
    const [stored] = await db.select().from(agendaItems).where(eq(agendaItems.id, items.air.id));
    expect(stored).toMatchObject({ status: 'pending', outcome: null });
  });
});

describe('papers', () => {
  it('issues the provisional agenda as /1 with the items in order, the annotations as /1/Add.1, and a later change as /1/Rev.1', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting({ number: 26 });
    const { air } = await buildAgenda(staff, meeting);
    await updateAgendaItem({
      actor: staff,
      input: updateAgendaItemSchema.parse({ itemId: air.id, title: 'Air', kind: 'substantive', annotation: 'Reports on **air** pollution.' }),
    });
    const agenda = await issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'agenda' } });
    expect(agenda.symbol).toMatch(/\(26\)\/1$/);
    const text = await pdfText((await findDocumentWithContent(agenda.id))!.content);
    expect(text).toContain('1. Opening');
    expect(text.indexOf('2. Review')).toBeLessThan(text.indexOf('2.1. Air'));
    expect(text.indexOf('2.2. Nature')).toBeLessThan(text.indexOf('3. Closing'));
    const annotations = await issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'annotations' } });
    expect(annotations.symbol).toMatch(/\/1\/Add\.1$/);
    expect(await pdfText((await findDocumentWithContent(annotations.id))!.content)).toContain('Reports on air pollution.');
    const revision = await issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'agenda' } });
    expect(revision.symbol).toMatch(/\/1\/Rev\.1$/);
  });

  it('refuses annotations before the agenda or with none written, an empty agenda, and anyone but staff', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting();
    expect((await refusal(issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'agenda' } }))).messageKey).toBe('agendaEmpty');
    await buildAgenda(staff, meeting);
    expect((await refusal(issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'annotations' } }))).messageKey).toBe(
      'agendaNotIssuedYet',
    );
    const chair = await factory.createActor({ role: 'chair' });
    expect((await refusal(issueAgendaDocument({ actor: chair, input: { meetingId: meeting.id, paper: 'agenda' } }))).code).toBe('FORBIDDEN');
    expect(await rows(documents)).toBe(0);
    await issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'agenda' } });
    expect((await refusal(issueAgendaDocument({ actor: staff, input: { meetingId: meeting.id, paper: 'annotations' } }))).messageKey).toBe(
      'agendaNoAnnotations',
    );
    expect(await rows(documents)).toBe(1);
  });
});

describe('follow-ups across meetings', () => {
  it('carries open follow-ups and deferred items to the next meeting of the series; the follow-ups page filters and scopes them', async () => {
    const staff = await factory.createActor();
    const japan = await factory.createParty();
    const korea = await factory.createParty();
    const som26 = await factory.createMeeting({ number: 26, status: 'in_session' });
    const som27 = await factory.createMeeting({ number: 27, seriesId: som26.seriesId });
    const { air, nature } = await buildAgenda(staff, som26);
    const open = await addFollowUp({
      actor: staff,
      input: { itemId: air.id, description: 'Share monitoring data', ownerPartyId: japan.id, dueDate: null, dueByNextMeeting: true },
    });
    const overdue = await addFollowUp({
      actor: staff,
      input: { itemId: air.id, description: 'Circulate the report', ownerPartyId: null, dueDate: '2020-01-01', dueByNextMeeting: false },
    });
    const done = await addFollowUp({
      actor: staff,
      input: { itemId: air.id, description: 'Korean note', ownerPartyId: korea.id, dueDate: '2031-01-01', dueByNextMeeting: false },
    });
    await changeFollowUpStatus({ actor: staff, input: { followUpId: done.id, status: 'done', note: 'Sent' } });
    // Saving it again as it is changes nothing, and says so.
    expect((await refusal(changeFollowUpStatus({ actor: staff, input: { followUpId: done.id, status: 'done', note: 'Sent' } }))).messageKey).toBe(
      'followUpUnchanged',
    );
    // Dropped, a follow-up says why.
    const dropped = (note: string) => changeFollowUpStatusSchema.safeParse({ followUpId: overdue.id, status: 'dropped', note });
    expect(dropped(' ').error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['note', 'followUpDropNoteRequired']]);
    expect(dropped('Overtaken by the new report.').success).toBe(true);
    await changeItemStatus({ actor: staff, input: { itemId: nature.id, status: 'deferred' } });

    const next = await getAgenda({ actor: staff, input: { meetingId: som27.id } });
    expect(next.earlierFollowUps.map((f) => f.id).sort()).toEqual([open.id, overdue.id].sort());
    expect(next.deferredItems.map((item) => item.id)).toEqual([nature.id]);
    await addAgendaItem({ actor: staff, input: itemInput(som27.id, 'Nature', { carriedFromItemId: nature.id }) });
    expect((await getAgenda({ actor: staff, input: { meetingId: som27.id } })).deferredItems).toEqual([]);

    const find = (actor: Actor, query: Record<string, string> = {}) => findFollowUps({ actor, input: findFollowUpsSchema.parse(query) });
    expect((await find(staff)).page.items.map((f) => f.id).sort()).toEqual([open.id, overdue.id].sort());
    expect((await find(staff, { status: 'all' })).page.total).toBe(3);
    expect((await find(staff, { overdue: '1' })).page.items.map((f) => f.id)).toEqual([overdue.id]);
    expect((await find(staff, { party: japan.id })).page.items.map((f) => f.id)).toEqual([open.id]);
    expect((await find(staff, { meeting: som27.id })).page.total).toBe(0);
    // The meeting filter offers the meetings that have follow-ups, not the 27th, which has none yet.
    expect((await find(staff)).meetings).toEqual([{ id: som26.id, title: som26.title }]);
    const japanese = await factory.createActor({ role: 'delegate', partyId: japan.id });
    expect((await find(japanese, { party: korea.id, status: 'all' })).page.items.map((f) => f.id)).toEqual([open.id]);
    const observer = await factory.createActor({ role: 'observer' });
    expect((await refusal(find(observer))).code).toBe('FORBIDDEN');
    expect((await refusal(changeFollowUpStatus({ actor: japanese, input: { followUpId: open.id, status: 'done', note: null } }))).code).toBe('FORBIDDEN');
  });

  it("offers the latest twenty meetings with follow-ups to filter by, and the chosen one even when it is older", async () => {
    const staff = await factory.createActor();
    const withFollowUps: Meeting[] = [];
    for (let day = 1; day <= 21; day += 1) {
      const meeting = await factory.createMeeting({ status: 'in_session', startDate: `2030-01-${String(day).padStart(2, '0')}`, endDate: '2030-01-31' });
      const item = await addAgendaItem({ actor: staff, input: itemInput(meeting.id, 'Review') });
      await addFollowUp({ actor: staff, input: { itemId: item.id, description: `Report ${day}`, ownerPartyId: null, dueDate: '2030-06-01', dueByNextMeeting: false } });
      withFollowUps.push(meeting);
    }
    const titles = (meetings: { title: string }[]) => meetings.map((meeting) => meeting.title);
    const find = (query: Record<string, string> = {}) => findFollowUps({ actor: staff, input: findFollowUpsSchema.parse(query) });
    const latest = withFollowUps.slice(1).reverse();
    expect(titles((await find()).meetings)).toEqual(titles(latest));
    const oldest = withFollowUps[0]!;
    const chosen = await find({ meeting: oldest.id });
    expect(titles(chosen.meetings)).toEqual([...titles(latest), oldest.title]);
    expect(chosen.page.items.map((followUp) => followUp.description)).toEqual(['Report 1']);
    expect(titles((await find({ meeting: latest[3]!.id })).meetings)).toEqual(titles(latest));
  });

  it('planning the next meeting copies the recurring items as a new provisional agenda', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting({ number: 5 });
    await buildAgenda(staff, meeting);
    const next = await planNextMeeting({
      actor: staff,
      input: { meetingId: meeting.id, startDate: '2031-01-10', title: 'Next one', copyRecurringAgendaItems: true },
    });
    expect(await numbersOf(next.id, staff)).toEqual(['1 Opening', '2 Closing']);
    expect((await getAgenda({ actor: staff, input: { meetingId: next.id } })).agenda.status).toBe('provisional');
  });
});

describe('reading', () => {
  it('shows restricted linked papers only to those who may read them', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting();
    const item = await addAgendaItem({ actor: staff, input: itemInput(meeting.id, 'Statement') });
    const [restricted] = await db
      .insert(documents)
      .values({
        meetingId: meeting.id,
        kind: 'draft',
        sequence: 1,
        symbol: 'X/L.1',
        title: 'Draft',
        language: 'en',
        isPublic: false,
        fileName: 'x.pdf',
        contentType: 'application/pdf',
        byteSize: 3,
        content: Buffer.from('abc'),
      })
      .returning();
    await updateAgendaItem({ actor: staff, input: updateAgendaItemSchema.parse({ itemId: item.id, title: 'Statement', kind: 'statement', documentIds: [restricted!.id] }) });
    const delegate = await factory.createActor({ role: 'delegate' });
    expect((await getAgenda({ actor: delegate, input: { meetingId: meeting.id } })).items[0]!.documents).toEqual([]);
    expect((await getAgenda({ actor: staff, input: { meetingId: meeting.id } })).items[0]!.documents).toHaveLength(1);
    expect((await getAgenda({ actor: delegate, input: { meetingId: meeting.id } })).can).toMatchObject({ edit: false, conduct: false, statusChanges: [] });
  });
});

describe('demo', () => {
  it("seeds the 26th SOM's agenda adopted, with outcomes, open follow-ups for the 27th, and papers drawn from it", async () => {
    const { seedDatabase } = await import('@/db/seed');
    await seedDatabase({ demo: true });
    await seedDatabase({ demo: true });
    const [som26] = await db.select().from((await import('@/db/schema')).meetings).where(eq((await import('@/db/schema')).meetings.number, 26));
    const staff = await factory.createActor();
    const view = await getAgenda({ actor: staff, input: { meetingId: som26!.id } });
    expect(view.agenda.status).toBe('adopted');
    expect(view.items.map((item) => item.number)).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '4', '5', '6', '7', '8']);
    expect(view.items.every((item) => item.status === 'concluded' && item.outcome)).toBe(true);
    // The secretariat's, by the next meeting; Korea's and Mongolia's by a day; each once, however often the seed runs.
    const open = await db.select().from(followUps).orderBy(followUps.dueDate);
    expect(open.map((f) => [f.status, f.dueDate, f.dueByNextMeeting, f.ownerPartyId === null])).toEqual([
      ['open', '2026-11-30', false, false],
      ['open', '2027-01-15', false, false],
      ['open', null, true, true],
    ]);
    const [som27] = await db.select().from((await import('@/db/schema')).meetings).where(eq((await import('@/db/schema')).meetings.number, 27));
    expect((await getAgenda({ actor: staff, input: { meetingId: som27!.id } })).earlierFollowUps).toHaveLength(3);
    const papers = await db.select().from(documents).where(eq(documents.meetingId, som26!.id));
    const agendaPaper = papers.find((paper) => paper.symbol.endsWith('SOM(26)/1'))!;
    const text = await pdfText(agendaPaper.content);
    expect(text).toContain('3.5. Desertification and land degradation');
    expect(text.indexOf('7. Other matters')).toBeLessThan(text.indexOf('8. Closing of the meeting'));
    expect(view.items[1]!.documents.map((document) => document.symbol)).toEqual([agendaPaper.symbol, `${agendaPaper.symbol}/Add.1`]);
  });
});
