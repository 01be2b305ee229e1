import { asc, count, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { agendaItems, auditEvents, floorRequests, meetings, speakingTimeLimits, type MeetingStatus, type Role } from '@/db/schema';
import { changeItemStatus } from '@/lib/agenda/change-item-status';
import { changeFloorRequest } from '@/lib/floor/change-floor-request';
import { getFloor } from '@/lib/floor/get-floor';
import { requestFloor } from '@/lib/floor/request-floor';
import { setSpeakingTime } from '@/lib/floor/set-speaking-time';
import type { Actor } from '@/lib/permissions';
import * as factory from './factories';
import { refusal } from './refusal';
import { session } from './signed-in';

vi.mock('@/lib/session', async () => (await import('./signed-in')).signedInSession);

const { requestFloorAction, changeFloorRequestAction, setSpeakingTimeAction } = await import('@/app/(app)/meetings/[id]/floor/actions');

/** Everything a step of the floor writes. */
async function snapshot() {
  const [requests, events] = await Promise.all([floorRequests, auditEvents].map(async (table) => (await db.select({ n: count() }).from(table))[0]!.n));
  return { requests, events, rows: await db.select().from(floorRequests).orderBy(asc(floorRequests.requestedAt)) };
}

let staff: Actor;
let chair: Actor;
let korea: Actor;
let japan: Actor;
let meetingId: string;
let itemId: string;
let laterItemId: string;

/**
 * A meeting in session, chaired by `chair`, with item 1 in discussion and item 2 pending. Korea's and
 * Japan's delegates are approved; Japan's adviser is still pending.
 */
beforeEach(async () => {
  staff = await factory.createActor();
  chair = await factory.createActor({ role: 'chair' });
  const meeting = await factory.createMeeting({ status: 'in_session', chairUserId: chair.id });
  meetingId = meeting.id;
  const [item, later] = await db
    .insert(agendaItems)
    .values([
      { meetingId, position: 0, title: 'Air pollution', status: 'in_discussion' },
      { meetingId, position: 1, title: 'Marine protected areas' },
    ])
    .returning();
  itemId = item!.id;
  laterItemId = later!.id;
  const kor = await factory.createParty({ name: 'Republic of Korea' });
  const jpn = await factory.createParty({ name: 'Japan' });
  korea = await factory.createActor({ role: 'delegate', partyId: kor.id, email: 'kim@kor.example' });
  japan = await factory.createActor({ role: 'delegate', partyId: jpn.id, email: 'sato@jpn.example' });
  await factory.createRegistration({ meetingId, partyId: kor.id, userId: korea.id, email: korea.email, name: 'Kim Jae-won', honorific: 'Mr.' });
  await factory.createRegistration({ meetingId, partyId: jpn.id, userId: japan.id, email: japan.email, name: 'Sato Yuki' });
  await factory.createRegistration({ meetingId, partyId: jpn.id, email: 'ito@jpn.example', name: 'Ito Ken', status: 'pending' });
  session.actor = null;
});

const ask = (actor: Actor, item = itemId) => requestFloor({ actor, input: { itemId: item } });
const step = (actor: Actor, requestId: string, status: 'speaking' | 'spoke' | 'waiting' | 'withdrawn') => changeFloorRequest({ actor, input: { requestId, status } });

describe('requestFloor', () => {
  it('puts the delegation at the end of the list with its speaker, and audits it', async () => {
    const { request } = await ask(korea);
    await ask(japan);
    const rows = (await snapshot()).rows;
    expect(rows.map((row) => [row.partyId, row.status])).toEqual([
      [korea.partyId, 'waiting'],
      [japan.partyId, 'waiting'],
    ]);
    expect(rows[0]).toMatchObject({ id: request.id, meetingId, agendaItemId: itemId, startedAt: null });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'floor.requested')).orderBy(asc(auditEvents.id)).limit(1);
    expect(event).toMatchObject({
      actorUserId: korea.id,
      entityType: 'meeting',
      entityId: meetingId,
      change: { fields: { floorStatus: { after: 'waiting' } }, partyId: korea.partyId, agendaItemId: itemId, speaker: 'Kim Jae-won' },
    });
  });

  it('takes one place per delegation, however many of its people ask at once', async () => {
    const colleague = await factory.createActor({ role: 'delegate', partyId: korea.partyId, email: 'lee@kor.example' });
    await factory.createRegistration({ meetingId, partyId: korea.partyId!, userId: colleague.id, email: colleague.email });
    const results = await Promise.allSettled([...Array(5)].flatMap(() => [ask(korea), ask(colleague)]));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((await snapshot()).requests).toBe(1);
    expect(await refusal(ask(korea))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'floorAlreadyOnList' });
  });

  it('lets the delegation ask again once it has spoken or withdrawn', async () => {
    const first = await ask(korea);
    await step(chair, first.request.id, 'speaking');
    await step(chair, first.request.id, 'spoke');
    const second = await ask(korea);
    await step(korea, second.request.id, 'withdrawn');
    await ask(korea);
    expect((await snapshot()).rows.map((row) => row.status)).toEqual(['spoke', 'withdrawn', 'waiting']);
  });

  it.each<[string, () => Promise<Actor>, string]>([
    ['the secretariat', async () => staff, 'floorDelegationsOnly'],
    ['the chair', async () => chair, 'floorDelegationsOnly'],
    ['a participant still pending', async () => factory.createActor({ role: 'delegate', partyId: japan.partyId, email: 'ito@jpn.example' }), 'floorApprovedParticipantsOnly'],
    ['a delegate not registered', async () => factory.createActor({ role: 'delegate' }), 'floorApprovedParticipantsOnly'],
  ])('refuses %s, through the action and the service, writing nothing', async (_, who, messageKey) => {
    const actor = await who();
    const before = await snapshot();
    session.actor = actor;
    expect(await requestFloorAction({ itemId })).toMatchObject({ ok: false, formError: messageKey });
    expect(await refusal(ask(actor))).toMatchObject({ messageKey });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an item not in discussion, and a meeting not in session', async () => {
    const before = await snapshot();
    expect(await refusal(ask(korea, laterItemId))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'floorItemNotInDiscussion' });
    for (const status of ['registration_closed', 'concluded'] satisfies MeetingStatus[]) {
      await db.update(meetings).set({ status }).where(eq(meetings.id, meetingId));
      expect(await refusal(ask(korea))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'floorMeetingNotInSession' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers an invalid or unknown item without writing', async () => {
    session.actor = korea;
    expect(await requestFloorAction({ itemId: 'not-an-id' })).toMatchObject({ ok: false, fieldErrors: { itemId: expect.any(String) } });
    expect(await refusal(ask(korea, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await snapshot()).requests).toBe(0);
  });
});

describe('changeFloorRequest', () => {
  it('gives the floor in turn: the next speaker closes the one speaking, each step audited', async () => {
    const first = (await ask(korea)).request.id;
    const second = (await ask(japan)).request.id;
    session.actor = chair;
    expect(await changeFloorRequestAction({ requestId: first, status: 'speaking' })).toMatchObject({ ok: true });
    await step(staff, second, 'speaking');
    const rows = (await snapshot()).rows;
    expect(rows.map((row) => row.status)).toEqual(['spoke', 'speaking']);
    expect(rows[0]!.startedAt).not.toBeNull();
    expect(rows[0]!.endedAt).not.toBeNull();
    expect(rows[1]!.endedAt).toBeNull();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'floor.status_changed')).orderBy(asc(auditEvents.id));
    expect(events.map((event) => [event.actorUserId, (event.change as { fields: { floorStatus: unknown } }).fields.floorStatus])).toEqual([
      [chair.id, { before: 'waiting', after: 'speaking' }],
      [staff.id, { before: 'speaking', after: 'spoke' }],
      [staff.id, { before: 'waiting', after: 'speaking' }],
    ]);
    // Given by mistake: back to the list, in its place.
    await step(chair, second, 'waiting');
    expect((await snapshot()).rows.map((row) => [row.status, row.startedAt])).toEqual([
      ['spoke', rows[0]!.startedAt],
      ['waiting', null],
    ]);
  });

  it('leaves one speaker however many give the floor at once', async () => {
    const ids = [(await ask(korea)).request.id, (await ask(japan)).request.id];
    await Promise.allSettled(ids.flatMap((id) => [step(chair, id, 'speaking'), step(staff, id, 'speaking')]));
    expect((await snapshot()).rows.filter((row) => row.status === 'speaking')).toHaveLength(1);
  });

  it.each<Role>(['delegate', 'observer'])('refuses a %s running the list, through the action and the service, writing nothing', async (role) => {
    const request = (await ask(japan)).request.id;
    const actor = role === 'delegate' ? korea : await factory.createActor({ role, partyId: korea.partyId });
    const before = await snapshot();
    session.actor = actor;
    for (const status of ['speaking', 'withdrawn'] as const) {
      expect(await changeFloorRequestAction({ requestId: request, status })).toMatchObject({ ok: false, formError: 'floorChairOnly' });
      expect(await refusal(step(actor, request, status))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the chair of another meeting, writing nothing', async () => {
    const request = (await ask(japan)).request.id;
    const otherChair = await factory.createActor({ role: 'chair' });
    const before = await snapshot();
    expect(await refusal(step(otherChair, request, 'speaking'))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'floorChairOnly' });
    expect(await snapshot()).toEqual(before);
  });

  it("lets a delegation withdraw its own request, not another's place", async () => {
    const own = (await ask(japan)).request.id;
    await step(japan, own, 'withdrawn');
    expect((await snapshot()).rows[0]).toMatchObject({ status: 'withdrawn', endedAt: expect.any(Date) });
    expect(await refusal(step(japan, own, 'withdrawn'))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'transitionSameStatus' });
  });

  it('refuses steps the list does not take, after the session, and forged statuses', async () => {
    const request = (await ask(korea)).request.id;
    expect(await refusal(step(chair, request, 'spoke'))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'floorTransitionNotAllowed' });
    await db.update(agendaItems).set({ status: 'concluded' }).where(eq(agendaItems.id, itemId));
    expect(await refusal(step(chair, request, 'speaking'))).toMatchObject({ messageKey: 'floorItemNotInDiscussion' });
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meetingId));
    expect(await refusal(step(chair, request, 'withdrawn'))).toMatchObject({ messageKey: 'floorMeetingNotInSession' });
    session.actor = chair;
    expect(await changeFloorRequestAction({ requestId: request, status: 'gone' as never })).toMatchObject({ ok: false, fieldErrors: { status: 'floorStatusInvalid' } });
    expect(await refusal(step(chair, '00000000-0000-4000-8000-000000000000', 'speaking'))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await snapshot()).rows.map((row) => row.status)).toEqual(['waiting']);
  });
});

describe('setSpeakingTime', () => {
  /** Everything setting the time writes. */
  const written = async () => ({
    limits: await db.select().from(speakingTimeLimits),
    events: await db.select().from(auditEvents).where(eq(auditEvents.action, 'floor.speaking_time_set')).orderBy(asc(auditEvents.id)),
  });
  const setTime = (actor: Actor, minutes: number | null) => setSpeakingTime({ actor, input: { meetingId, minutes } });

  it('lets the chair set the minutes per speaker, change and clear them, each change audited, and shows them to every reader', async () => {
    await setTime(chair, 3);
    expect((await getFloor({ actor: japan, input: { meetingId } })).speakingTime).toBe(180);
    await setTime(staff, 5);
    await setTime(staff, 5);
    session.actor = chair;
    expect(await setSpeakingTimeAction({ meetingId, minutes: '' })).toMatchObject({ ok: true, data: { seconds: null } });
    const { limits, events } = await written();
    expect(limits).toEqual([]);
    // Saving the same time again changes nothing and records nothing.
    expect(events.map((event) => [event.actorUserId, event.entityId, event.change])).toEqual([
      [chair.id, meetingId, { fields: { speakingTime: { before: null, after: 3 } } }],
      [staff.id, meetingId, { fields: { speakingTime: { before: 3, after: 5 } } }],
      [chair.id, meetingId, { fields: { speakingTime: { before: 5, after: null } } }],
    ]);
    expect((await getFloor({ actor: japan, input: { meetingId } })).speakingTime).toBeNull();
  });

  it('keeps the time with who set it and when', async () => {
    const now = new Date('2026-11-23T01:00:00Z');
    await setSpeakingTime({ actor: chair, input: { meetingId, minutes: 4 }, now });
    expect((await written()).limits).toEqual([{ meetingId, seconds: 240, setByUserId: chair.id, setAt: now }]);
  });

  it.each<Role>(['delegate', 'observer'])('refuses a %s, through the action and the service, writing nothing', async (role) => {
    const actor = role === 'delegate' ? korea : await factory.createActor({ role, partyId: korea.partyId });
    session.actor = actor;
    expect(await setSpeakingTimeAction({ meetingId, minutes: '2' })).toMatchObject({ ok: false, formError: 'floorSpeakingTimeChairOnly' });
    expect(await refusal(setTime(actor, 2))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'floorSpeakingTimeChairOnly' });
    expect(await written()).toEqual({ limits: [], events: [] });
    expect((await getFloor({ actor, input: { meetingId } })).can.setSpeakingTime).toBe(false);
  });

  it('refuses the chair of another meeting, and a meeting that is over, writing nothing', async () => {
    const otherChair = await factory.createActor({ role: 'chair' });
    expect(await refusal(setTime(otherChair, 2))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'floorSpeakingTimeChairOnly' });
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meetingId));
    expect(await refusal(setTime(chair, 2))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'floorMeetingOver' });
    expect((await getFloor({ actor: chair, input: { meetingId } })).can.setSpeakingTime).toBe(false);
    expect(await written()).toEqual({ limits: [], events: [] });
  });

  it('answers minutes out of range on their field, and an unknown meeting as not found, writing nothing', async () => {
    session.actor = chair;
    for (const minutes of ['0', '31', '2.5', 'three']) {
      expect(await setSpeakingTimeAction({ meetingId, minutes })).toMatchObject({ ok: false, fieldErrors: { minutes: 'speakingTimeInvalid' } });
    }
    expect(await refusal(setSpeakingTime({ actor: chair, input: { meetingId: '00000000-0000-4000-8000-000000000000', minutes: 2 } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await written()).toEqual({ limits: [], events: [] });
  });
});

describe('the item leaving discussion', () => {
  it("ends the speaker's turn, audited, and keeps those waiting in their places for when the item is taken up again", async () => {
    const speaking = (await ask(korea)).request.id;
    await ask(japan);
    await step(chair, speaking, 'speaking');
    await changeItemStatus({ actor: chair, input: { itemId, status: 'deferred' } });
    const rows = (await snapshot()).rows;
    expect(rows.map((row) => [row.partyId, row.status])).toEqual([
      [korea.partyId, 'spoke'],
      [japan.partyId, 'waiting'],
    ]);
    expect(rows[0]!.endedAt).not.toBeNull();
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'floor.status_changed')).orderBy(desc(auditEvents.id)).limit(1);
    expect(event).toMatchObject({ actorUserId: chair.id, change: { fields: { floorStatus: { before: 'speaking', after: 'spoke' } } } });
    expect((await getFloor({ actor: japan, input: { meetingId } })).item).toBeNull();
    await changeItemStatus({ actor: chair, input: { itemId, status: 'in_discussion' } });
    expect((await getFloor({ actor: japan, input: { meetingId } })).item?.waiting.map((request) => request.partyName)).toEqual(['Japan']);
  });
});

describe('getFloor', () => {
  it('shows everyone the item in discussion, its speaker, who waits and who spoke, with the steps each may take', async () => {
    const first = (await ask(korea)).request.id;
    await step(chair, first, 'speaking');
    await ask(japan);
    const forChair = await getFloor({ actor: chair, input: { meetingId } });
    expect(forChair.item).toMatchObject({
      number: '1',
      title: 'Air pollution',
      speaking: { partyName: 'Republic of Korea', speaker: 'Mr. Kim Jae-won', steps: ['spoke', 'waiting'], isOwn: false },
      waiting: [{ partyName: 'Japan', speaker: 'Sato Yuki', steps: ['speaking', 'withdrawn'] }],
      spoke: [],
    });
    expect(forChair.can).toMatchObject({ runsList: true, request: false, requestRefusal: null });
    const forJapan = await getFloor({ actor: japan, input: { meetingId } });
    expect(forJapan.item?.waiting[0]).toMatchObject({ isOwn: true, steps: ['withdrawn'] });
    expect(forJapan.item?.speaking).toMatchObject({ isOwn: false, steps: [] });
    expect(forJapan.can).toMatchObject({ runsList: false, request: false, requestRefusal: 'floorAlreadyOnList' });
    const pending = await factory.createActor({ role: 'delegate', partyId: japan.partyId, email: 'ito@jpn.example' });
    expect((await getFloor({ actor: pending, input: { meetingId } })).can).toMatchObject({ request: false, requestRefusal: 'floorApprovedParticipantsOnly' });
    await step(chair, first, 'spoke');
    const observer = await factory.createActor({ role: 'observer' });
    const read = await getFloor({ actor: observer, input: { meetingId } });
    expect(read.record).toMatchObject([{ number: '1', title: 'Air pollution', speakers: [{ partyName: 'Republic of Korea' }] }]);
    expect(read.item?.spoke.map((speaker) => speaker.partyName)).toEqual(['Republic of Korea']);
  });

  it('has no list when no item is in discussion, and answers an unknown meeting as not found', async () => {
    await db.update(agendaItems).set({ status: 'concluded' }).where(eq(agendaItems.id, itemId));
    const view = await getFloor({ actor: korea, input: { meetingId } });
    expect(view).toMatchObject({ item: null, record: [], can: { request: false, requestRefusal: null } });
    expect(await refusal(getFloor({ actor: korea, input: { meetingId: 'nope' } }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
