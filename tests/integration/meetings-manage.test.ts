import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { updateMeetingStatus } from '@/db/queries/meetings';
import { auditEvents, documents, meetings, meetingSessions, type Role } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { addSession } from '@/lib/meetings/add-session';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { createMeeting } from '@/lib/meetings/create-meeting';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { getMeetingFormOptions } from '@/lib/meetings/get-meeting-form-options';
import { getPublicMeeting } from '@/lib/meetings/get-public-meeting';
import { planNextMeeting } from '@/lib/meetings/plan-next-meeting';
import { editSession } from '@/lib/meetings/edit-session';
import { removeSession } from '@/lib/meetings/remove-session';
import { createMeetingSchema, type ChangeMeetingStatusInput } from '@/lib/meetings/schemas';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import * as factory from './factories';
import { refusal } from './refusal';

const otherRoles: Role[] = ['chair', 'delegate', 'observer'];

async function meetingInput(values: Record<string, unknown> = {}) {
  const series = values.seriesId ? undefined : (await factory.createMeeting({ number: 25 })).seriesId;
  return createMeetingSchema.parse({
    seriesId: series,
    number: 26,
    title: 'Twenty-sixth Senior Officials Meeting of NEASPEC',
    startDate: '2023-11-23',
    endDate: '2023-11-24',
    timeZone: 'Asia/Seoul',
    city: 'Seoul',
    hostPartyId: '',
    venue: '',
    format: 'hybrid',
    chairUserId: '',
    registrationOpensAt: '2023-10-02T09:00',
    registrationClosesAt: '2023-11-10T18:00',
    description: '',
    ...values,
  });
}

async function rowCount(table: typeof meetings | typeof meetingSessions | typeof auditEvents) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

describe('createMeeting', () => {
  it('stores the meeting as planned, with the registration window read in its time zone, and audits it', async () => {
    const actor = await factory.createActor();
    const chair = await factory.createUser({ role: 'chair' });
    const meeting = await createMeeting({ actor, input: await meetingInput({ chairUserId: chair.id }) });
    expect(meeting).toMatchObject({ status: 'planned', number: 26, chairUserId: chair.id, timeZone: 'Asia/Seoul' });
    expect(meeting.registrationOpensAt?.toISOString()).toBe('2023-10-02T00:00:00.000Z');
    expect(meeting.registrationClosesAt?.toISOString()).toBe('2023-11-10T09:00:00.000Z');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, meeting.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'meeting.created', actorUserId: actor.id });
  });

  it('refuses a second meeting with the same series and number as a field error, writing nothing', async () => {
    const actor = await factory.createActor();
    const input = await meetingInput();
    await createMeeting({ actor, input });
    const before = await rowCount(meetings);
    const error = await refusal(createMeeting({ actor, input: { ...input, title: 'Another' } }));
    expect(error.fieldErrors).toEqual({ number: 'meetingNumberTaken' });
    expect(await rowCount(meetings)).toBe(before);
  });

  it('refuses a chair who is not an active chair account, and an unknown host', async () => {
    const actor = await factory.createActor();
    const delegate = await factory.createUser({ role: 'delegate' });
    const error = await refusal(
      createMeeting({ actor, input: await meetingInput({ chairUserId: delegate.id, hostPartyId: '00000000-0000-4000-8000-000000000000' }) }),
    );
    expect(error.fieldErrors).toEqual({ chairUserId: 'chairInvalid', hostPartyId: 'partyInvalid' });
  });

  it.each(otherRoles)('refuses a %s and writes nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const input = await meetingInput();
    const before = await rowCount(meetings);
    expect((await refusal(createMeeting({ actor, input }))).code).toBe('FORBIDDEN');
    expect(await rowCount(meetings)).toBe(before);
  });
});

describe('updateMeeting', () => {
  it('saves the changes and records what changed', async () => {
    const actor = await factory.createActor();
    const input = await meetingInput();
    const meeting = await createMeeting({ actor, input });
    const updated = await updateMeeting({ actor, input: { ...input, meetingId: meeting.id, version: meeting.version, venue: 'Lotte Hotel', city: 'Seoul' } });
    expect(updated).toMatchObject({ venue: 'Lotte Hotel', version: meeting.version + 1 });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'meeting.updated')).orderBy(asc(auditEvents.id));
    // Before and after of each changed field, and only of those (the city was Seoul already).
    expect(events[0]?.change).toEqual({ fields: { venue: { before: null, after: 'Lotte Hotel' } }, version: 2 });
  });

  it('leaves a concluded meeting as it is', async () => {
    const actor = await factory.createActor();
    const input = await meetingInput();
    const meeting = await createMeeting({ actor, input });
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meeting.id));
    const error = await refusal(updateMeeting({ actor, input: { ...input, meetingId: meeting.id, version: meeting.version, venue: 'X' } }));
    expect(error.messageKey).toBe('meetingClosedForEdits');
  });

  it.each(otherRoles)('refuses a %s', async (role) => {
    const staff = await factory.createActor();
    const input = await meetingInput();
    const meeting = await createMeeting({ actor: staff, input });
    const actor = await factory.createActor({ role });
    expect((await refusal(updateMeeting({ actor, input: { ...input, meetingId: meeting.id, version: meeting.version, title: 'Hijacked' } }))).code).toBe(
      'FORBIDDEN',
    );
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(stored!.title).toBe(input.title);
  });
});

describe('changeMeetingStatus', () => {
  // Seoul noon on the meeting's last day (the factory's meetings run 10-11 January 2030).
  const onLastDay = new Date('2030-01-11T03:00:00Z');
  const step = (meetingId: string, status: ChangeMeetingStatusInput['status'], more: Partial<ChangeMeetingStatusInput> = {}) => ({
    meetingId,
    status,
    reason: null,
    confirmOutsideDates: false,
    ...more,
  });

  it('walks the lifecycle and audits each step with the status before and after', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    for (const status of ['registration_open', 'registration_closed', 'in_session', 'concluded'] as const) {
      expect((await changeMeetingStatus({ actor, input: step(id, status), now: onLastDay })).status).toBe(status);
    }
    const events = await db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(events.map((e) => e.change)).toEqual([
      { fields: { status: { before: 'planned', after: 'registration_open' } }, version: 2 },
      { fields: { status: { before: 'registration_open', after: 'registration_closed' } }, version: 3 },
      { fields: { status: { before: 'registration_closed', after: 'in_session' } }, version: 4 },
      { fields: { status: { before: 'in_session', after: 'concluded' } }, version: 5 },
    ]);
  });

  it('refuses a transition the lifecycle forbids, saying why, and changes nothing', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    const error = await refusal(changeMeetingStatus({ actor, input: step(id, 'concluded'), now: onLastDay }));
    expect(error).toMatchObject({ code: 'INVALID_STATE', messageKey: 'transitionNotAllowed' });
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, id));
    expect(stored).toMatchObject({ status: 'planned', version: 1 });
  });

  it('cancels with the reason kept', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    const meeting = await changeMeetingStatus({ actor, input: step(id, 'cancelled', { reason: 'Host withdrew' }) });
    expect(meeting).toMatchObject({ status: 'cancelled', cancellationReason: 'Host withdrew' });
  });

  it('asks for confirmation to start or conclude a meeting outside its days, and records it', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting({ status: 'registration_closed' });
    const aYearAhead = new Date('2029-01-10T03:00:00Z');
    const error = await refusal(changeMeetingStatus({ actor, input: step(id, 'in_session'), now: aYearAhead }));
    expect(error).toMatchObject({ code: 'INVALID_STATE', messageKey: 'calendar.beforeStart', values: { startDate: '2030-01-10', endDate: '2030-01-11' } });
    expect((await db.select().from(meetings).where(eq(meetings.id, id)))[0]?.status).toBe('registration_closed');

    await changeMeetingStatus({ actor, input: step(id, 'in_session', { confirmOutsideDates: true }), now: aYearAhead });
    const onFirstDay = new Date('2030-01-10T03:00:00Z');
    expect((await refusal(changeMeetingStatus({ actor, input: step(id, 'concluded'), now: onFirstDay }))).messageKey).toBe('calendar.beforeEnd');
    await changeMeetingStatus({ actor, input: step(id, 'concluded', { confirmOutsideDates: true }), now: onFirstDay });
    const events = await db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(events.map((e) => e.change.confirmedOutsideDates)).toEqual(['beforeStart', 'beforeEnd']);
  });

  it('reads "today" in the meeting\'s time zone', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting({ status: 'registration_closed', timeZone: 'Asia/Seoul' });
    // 9 January 2030, 16:00 UTC, is already 10 January, 01:00, in Seoul: the first day.
    await changeMeetingStatus({ actor, input: step(id, 'in_session'), now: new Date('2030-01-09T16:00:00Z') });
  });

  it('is guarded in SQL: a change decided from a stale status updates nothing', async () => {
    const { id } = await factory.createMeeting({ status: 'registration_open' });
    expect(await updateMeetingStatus(id, { from: 'planned', to: 'registration_open', cancellationReason: null })).toBeUndefined();
  });

  it('has the database refuse a cancellation without a reason', async () => {
    const { id } = await factory.createMeeting();
    await expect(db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, id))).rejects.toThrow();
  });

  it.each(otherRoles)('refuses the planning steps to a %s, even the chair of the meeting, and writes nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const { id } = await factory.createMeeting({ chairUserId: actor.id });
    for (const status of ['registration_open', 'cancelled'] as const) {
      expect((await refusal(changeMeetingStatus({ actor, input: step(id, status, { reason: 'No quorum' }) }))).code).toBe('FORBIDDEN');
    }
    expect(await rowCount(auditEvents)).toBe(0);
  });

  it('lets the chair of a meeting open its session and conclude it, and no other meeting', async () => {
    const chair = await factory.createActor({ role: 'chair' });
    const mine = await factory.createMeeting({ chairUserId: chair.id, status: 'registration_closed' });
    const other = await factory.createMeeting({ status: 'registration_closed' });
    await changeMeetingStatus({ actor: chair, input: step(mine.id, 'in_session'), now: onLastDay });
    await changeMeetingStatus({ actor: chair, input: step(mine.id, 'concluded'), now: onLastDay });
    expect((await refusal(changeMeetingStatus({ actor: chair, input: step(other.id, 'in_session'), now: onLastDay }))).code).toBe('FORBIDDEN');
    const stored = await db.select().from(meetings).orderBy(meetings.createdAt);
    expect(stored.map((m) => [m.id, m.status])).toEqual([
      [mine.id, 'concluded'],
      [other.id, 'registration_closed'],
    ]);
  });

  it.each(['delegate', 'observer'] as const)('refuses a %s the conduct of a meeting', async (role) => {
    const actor = await factory.createActor({ role });
    const { id } = await factory.createMeeting({ chairUserId: actor.id, status: 'registration_closed' });
    expect((await refusal(changeMeetingStatus({ actor, input: step(id, 'in_session'), now: onLastDay }))).code).toBe('FORBIDDEN');
  });
});

describe('sessions', () => {
  it('adds a session in the meeting time zone within its days, and removes it', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul' });
    const session = await addSession({ actor, input: { meetingId: meeting.id, title: 'Opening', startsAt: '2023-11-23T09:30', endsAt: '2023-11-23T10:00', room: 'Hall A' } });
    expect(session.startsAt.toISOString()).toBe('2023-11-23T00:30:00.000Z');
    await removeSession({ actor, input: { sessionId: session.id } });
    expect(await rowCount(meetingSessions)).toBe(0);
    expect((await db.select().from(auditEvents)).map((e) => e.action)).toEqual(['session.added', 'session.removed']);
  });

  it('changes a session in the meeting time zone, and audits only what changed', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul' });
    const session = await addSession({ actor, input: { meetingId: meeting.id, title: 'Opening', startsAt: '2023-11-23T09:30', endsAt: '2023-11-23T10:00', room: 'Hall A' } });
    const edit = { sessionId: session.id, title: 'Opening', startsAt: '2023-11-24T14:30', endsAt: '2023-11-24T15:00', room: 'Hall B' };
    const changed = await editSession({ actor, input: edit });
    expect(changed).toMatchObject({ id: session.id, title: 'Opening', room: 'Hall B' });
    expect(changed.startsAt.toISOString()).toBe('2023-11-24T05:30:00.000Z');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'session.changed')).orderBy(asc(auditEvents.id));
    expect(event!.change).toEqual({
      sessionId: session.id,
      fields: {
        startsAt: { before: '2023-11-23T00:30:00.000Z', after: '2023-11-24T05:30:00.000Z' },
        endsAt: { before: '2023-11-23T01:00:00.000Z', after: '2023-11-24T06:00:00.000Z' },
        room: { before: 'Hall A', after: 'Hall B' },
      },
    });
    // Saved again unchanged: nothing to audit.
    await editSession({ actor, input: edit });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'session.changed')).orderBy(asc(auditEvents.id))).toHaveLength(1);
  });

  it('refuses a change that moves a session outside the meeting days, or of a session removed meanwhile, changing nothing', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul' });
    const session = await addSession({ actor, input: { meetingId: meeting.id, title: 'Opening', startsAt: '2023-11-23T09:30', endsAt: '2023-11-23T10:00', room: null } });
    const before = await db.select().from(meetingSessions);
    const error = await refusal(editSession({ actor, input: { sessionId: session.id, title: 'Opening', startsAt: '2023-11-24T17:00', endsAt: '2023-11-25T09:00', room: null } }));
    expect(error.fieldErrors).toEqual({ endsAt: 'sessionOutsideMeeting' });
    expect(await db.select().from(meetingSessions)).toEqual(before);
    await removeSession({ actor, input: { sessionId: session.id } });
    const gone = editSession({ actor, input: { sessionId: session.id, title: 'Opening', startsAt: '2023-11-23T09:30', endsAt: '2023-11-23T10:00', room: null } });
    expect((await refusal(gone)).code).toBe('NOT_FOUND');
  });

  it('refuses a session outside the meeting days as a field error', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24' });
    const error = await refusal(addSession({ actor, input: { meetingId: meeting.id, title: 'Excursion', startsAt: '2023-11-25T09:00', endsAt: '2023-11-25T12:00', room: null } }));
    expect(error.fieldErrors).toEqual({ startsAt: 'sessionOutsideMeeting' });
    expect(await rowCount(meetingSessions)).toBe(0);
  });

  it.each(otherRoles)('refuses a %s', async (role) => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting();
    const session = await addSession({ actor: staff, input: { meetingId: meeting.id, title: 'Opening', startsAt: `${meeting.startDate}T09:00`, endsAt: `${meeting.startDate}T10:00`, room: null } });
    const actor = await factory.createActor({ role });
    expect((await refusal(addSession({ actor, input: { meetingId: meeting.id, title: 'X', startsAt: `${meeting.startDate}T11:00`, endsAt: `${meeting.startDate}T12:00`, room: null } }))).code).toBe('FORBIDDEN');
    expect((await refusal(removeSession({ actor, input: { sessionId: session.id } }))).code).toBe('FORBIDDEN');
    const edit = { sessionId: session.id, title: 'Moved', startsAt: `${meeting.startDate}T15:00`, endsAt: `${meeting.startDate}T16:00`, room: null };
    expect((await refusal(editSession({ actor, input: edit }))).code).toBe('FORBIDDEN');
    expect(await db.select().from(meetingSessions)).toEqual([session]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'session.changed')).orderBy(asc(auditEvents.id))).toEqual([]);
  });
});

describe('planNextMeeting', () => {
  it('copies series, length and format, numbers it one more, shifts the timetable and copies nothing else', async () => {
    const actor = await factory.createActor();
    const chair = await factory.createUser({ role: 'chair' });
    const source = await factory.createMeeting({
      number: 26,
      startDate: '2023-11-23',
      endDate: '2023-11-24',
      timeZone: 'Asia/Seoul',
      city: 'Seoul',
      venue: 'Lotte Hotel',
      format: 'hybrid',
      chairUserId: chair.id,
      status: 'concluded',
    });
    const at = (iso: string) => new Date(iso);
    await db.insert(meetingSessions).values([
      { meetingId: source.id, title: 'Opening', startsAt: at('2023-11-23T00:30:00Z'), endsAt: at('2023-11-23T01:00:00Z'), room: 'Hall' },
      { meetingId: source.id, title: 'Closing', startsAt: at('2023-11-24T05:00:00Z'), endsAt: at('2023-11-24T06:30:00Z'), room: null },
    ]);

    const next = await planNextMeeting({ actor, input: { meetingId: source.id, startDate: '2024-11-21', title: 'Twenty-seventh SOM' } });
    expect(next).toMatchObject({
      seriesId: source.seriesId,
      number: 27,
      title: 'Twenty-seventh SOM',
      startDate: '2024-11-21',
      endDate: '2024-11-22',
      timeZone: 'Asia/Seoul',
      format: 'hybrid',
      status: 'planned',
      city: null,
      venue: null,
      chairUserId: null,
      registrationOpensAt: null,
    });
    const sessions = await db.select().from(meetingSessions).where(eq(meetingSessions.meetingId, next.id)).orderBy(meetingSessions.startsAt);
    expect(sessions.map((s) => [s.title, s.startsAt.toISOString(), s.room])).toEqual([
      ['Opening', '2024-11-21T00:30:00.000Z', 'Hall'],
      ['Closing', '2024-11-22T05:00:00.000Z', null],
    ]);
  });

  it('refuses when the next number is taken', async () => {
    const actor = await factory.createActor();
    const source = await factory.createMeeting({ number: 26 });
    await factory.createMeeting({ seriesId: source.seriesId, number: 27 });
    const error = await refusal(planNextMeeting({ actor, input: { meetingId: source.id, startDate: '2031-01-01', title: 'Next' } }));
    expect(error.fieldErrors).toEqual({ number: 'meetingNumberTaken' });
  });

  it.each(otherRoles)('refuses a %s', async (role) => {
    const actor = await factory.createActor({ role });
    const source = await factory.createMeeting();
    expect((await refusal(planNextMeeting({ actor, input: { meetingId: source.id, startDate: '2031-01-01', title: 'Next' } }))).code).toBe('FORBIDDEN');
    expect(await rowCount(meetings)).toBe(1);
  });
});

describe('reading meetings', () => {
  it('opens a meeting to every role, with manage rights for staff only', async () => {
    const meeting = await factory.createMeeting();
    for (const role of ['secretariat', ...otherRoles] as Role[]) {
      const actor: Actor = await factory.createActor({ role });
      const page = await getMeeting({ actor, input: { meetingId: meeting.id } });
      expect(page.can).toMatchObject({ edit: role === 'secretariat', planNext: role === 'secretariat', uploadDocuments: role === 'secretariat' });
    }
  });

  it('gives restricted reading to staff and to the chair of that meeting only', async () => {
    const chair = await factory.createActor({ role: 'chair' });
    const otherChair = await factory.createActor({ role: 'chair' });
    const meeting = await factory.createMeeting({ chairUserId: chair.id });
    expect((await getMeeting({ actor: chair, input: { meetingId: meeting.id } })).can.readRestricted).toBe(true);
    expect((await getMeeting({ actor: otherChair, input: { meetingId: meeting.id } })).can.readRestricted).toBe(false);
  });

  it('lists restricted papers to staff and the meeting\'s chair only, public ones to everyone', async () => {
    const chair = await factory.createActor({ role: 'chair' });
    const meeting = await factory.createMeeting({ chairUserId: chair.id });
    const paper = (sequence: number, isPublic: boolean) => ({
      meetingId: meeting.id,
      kind: 'working' as const,
      sequence,
      symbol: `X/${sequence}`,
      title: isPublic ? 'Provisional agenda' : 'Draft statement',
      language: 'en' as const,
      isPublic,
      fileName: 'paper.pdf',
      contentType: 'application/pdf',
      byteSize: 5,
      content: Buffer.from('%PDF-'),
    });
    await db.insert(documents).values([paper(1, true), paper(2, false)]);
    const titlesFor = async (actor: Actor) =>
      (await getMeeting({ actor, input: { meetingId: meeting.id } })).documents.map((d) => d.title).sort();
    expect(await titlesFor(await factory.createActor())).toEqual(['Draft statement', 'Provisional agenda']);
    expect(await titlesFor(chair)).toEqual(['Draft statement', 'Provisional agenda']);
    for (const role of ['chair', 'delegate', 'observer'] as const) {
      expect(await titlesFor(await factory.createActor({ role })), role).toEqual(['Provisional agenda']);
    }
    expect((await getPublicMeeting({ input: { meetingId: meeting.id } })).documents.map((d) => d.title)).toEqual(['Provisional agenda']);
  });

  it('answers not found for an unknown or malformed id', async () => {
    const actor = await factory.createActor();
    expect((await refusal(getMeeting({ actor, input: { meetingId: 'not-a-uuid' } }))).code).toBe('NOT_FOUND');
    expect((await refusal(getPublicMeeting({ input: { meetingId: '00000000-0000-4000-8000-000000000000' } }))).code).toBe('NOT_FOUND');
  });

  it('shows the public page registration as open only while the status and window say so', async () => {
    const meeting = await factory.createMeeting({
      status: 'registration_open',
      registrationOpensAt: new Date('2030-01-01T00:00:00Z'),
      registrationClosesAt: new Date('2030-01-05T00:00:00Z'),
    });
    const during = await getPublicMeeting({ input: { meetingId: meeting.id }, now: new Date('2030-01-02T00:00:00Z') });
    expect(during.isRegistrationOpen).toBe(true);
    expect(during.meeting).not.toHaveProperty('chairUserId');
    expect((await getPublicMeeting({ input: { meetingId: meeting.id }, now: new Date('2030-01-06T00:00:00Z') })).isRegistrationOpen).toBe(false);
  });

  it('offers the form only to staff, with the next free number of each series', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting({ number: 26 });
    const options = await getMeetingFormOptions({ actor: staff });
    expect(options.nextNumbers[meeting.seriesId]).toBe(27);
    const delegate = await factory.createActor({ role: 'delegate' });
    await expect(getMeetingFormOptions({ actor: delegate })).rejects.toThrow(AppError);
  });
});

describe('a concluded or cancelled meeting', () => {
  it.each(['concluded', 'cancelled'] as const)('keeps its timetable as it is once %s', async (status) => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24' });
    const session = await addSession({ actor, input: { meetingId: meeting.id, title: 'Opening', startsAt: '2023-11-23T09:00', endsAt: '2023-11-23T10:00', room: null } });
    await db
      .update(meetings)
      .set({ status, cancellationReason: status === 'cancelled' ? 'Host withdrew' : null })
      .where(eq(meetings.id, meeting.id));
    const add = addSession({ actor, input: { meetingId: meeting.id, title: 'Late', startsAt: '2023-11-24T09:00', endsAt: '2023-11-24T10:00', room: null } });
    expect((await refusal(add)).messageKey).toBe('meetingClosedForEdits');
    expect((await refusal(removeSession({ actor, input: { sessionId: session.id } }))).messageKey).toBe('meetingClosedForEdits');
    const edit = { sessionId: session.id, title: 'Moved', startsAt: '2023-11-23T15:00', endsAt: '2023-11-23T16:00', room: null };
    expect((await refusal(editSession({ actor, input: edit }))).messageKey).toBe('meetingClosedForEdits');
    expect(await db.select().from(meetingSessions)).toEqual([session]);
  });
});
