import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { findRevisionParagraphs } from '@/db/queries/statements';
import { auditEvents, meetings, roomScreens, statementAmendments, type Role } from '@/db/schema';
import { getFloor } from '@/lib/floor/get-floor';
import { getRoomScreen } from '@/lib/floor/get-room-screen';
import { showOnRoomScreen } from '@/lib/floor/show-on-room-screen';
import type { ShowOnRoomScreenInput } from '@/lib/floor/schemas';
import type { Actor } from '@/lib/permissions';
import { disposeAmendmentSchema, proposeAmendmentSchema } from '@/lib/statements/amendment-schemas';
import { disposeAmendment } from '@/lib/statements/dispose-amendment';
import { getStatement } from '@/lib/statements/get-statement';
import { proposeAmendment } from '@/lib/statements/propose-amendment';
import * as factory from './factories';
import { refusal } from './refusal';
import { session } from './signed-in';

vi.mock('@/lib/session', async () => (await import('./signed-in')).signedInSession);

const { showOnRoomScreenAction } = await import('@/app/(app)/meetings/[id]/floor/actions');

let staff: Actor;
let chair: Actor;
let japan: Actor;
let meetingId: string;
let circulatedId: string;
let draftId: string;

/** A meeting in session, chaired by `chair`, with a text circulated to the delegations (Japan proposed amendment 1) and a draft only staff and the chair read. */
beforeEach(async () => {
  staff = await factory.createActor();
  chair = await factory.createActor({ role: 'chair' });
  const meeting = await factory.createMeeting({ status: 'in_session', chairUserId: chair.id });
  meetingId = meeting.id;
  japan = await factory.createActor({ role: 'delegate', partyId: (await factory.createParty({ name: 'Japan' })).id });
  const circulated = await factory.createCirculatedStatement({ meetingId, title: 'Decision on the work programme' });
  circulatedId = circulated.id;
  draftId = (await factory.createStatement({ meetingId, title: 'Draft chair’s summary' })).id;
  const [, paragraph] = await findRevisionParagraphs(circulatedId, 1);
  await proposeAmendment({
    actor: japan,
    input: proposeAmendmentSchema.parse({
      statementId: circulatedId,
      paragraphId: paragraph!.id,
      kind: 'replace',
      text: 'Welcome the steady progress of the programme;',
      paragraphKind: '',
      rationale: 'Steady is the word the review used.',
    }),
  });
  session.actor = null;
});

/** Everything putting something on the screen writes. */
const written = async () => ({
  screens: await db.select().from(roomScreens),
  events: await db.select().from(auditEvents).where(eq(auditEvents.action, 'floor.screen_shown')).orderBy(asc(auditEvents.id)),
});
/** The use-case called as the action calls it, after its schema: the meeting is the test's unless named. */
const show = (actor: Actor, input: { shows: ShowOnRoomScreenInput['shows']; statementId?: string; amendmentNumber?: number; meetingId?: string }) =>
  showOnRoomScreen({ actor, input: { meetingId, ...input } as ShowOnRoomScreenInput });

describe('showOnRoomScreen', () => {
  it('puts a statement, then one of its amendments, then the speakers\' list on the screen, each change audited, and every reader\'s screen follows', async () => {
    expect((await getRoomScreen({ actor: japan, input: { meetingId } })).shows).toBe('floor');

    await show(staff, { shows: 'statement', statementId: circulatedId });
    const statement = await getRoomScreen({ actor: japan, input: { meetingId } });
    expect(statement.shows === 'statement' && statement.statement.statement.title).toBe('Decision on the work programme');

    session.actor = chair;
    expect(await showOnRoomScreenAction({ meetingId, shows: 'amendment', statementId: circulatedId, amendmentNumber: '1' })).toMatchObject({ ok: true });
    const amendment = await getRoomScreen({ actor: japan, input: { meetingId } });
    expect(amendment.shows === 'amendment' && amendment.amendment.amendment).toMatchObject({ number: 1, partyName: 'Japan' });
    // Putting up what is already there changes nothing and records nothing.
    await show(chair, { shows: 'amendment', statementId: circulatedId, amendmentNumber: 1 });

    await show(staff, { shows: 'floor' });
    const floor = await getRoomScreen({ actor: japan, input: { meetingId } });
    expect(floor.shows === 'floor' && floor.floor.meeting.id).toBe(meetingId);

    const { screens, events } = await written();
    expect(screens).toMatchObject([{ meetingId, shows: 'floor', statementId: null, amendmentNumber: null, setByUserId: staff.id }]);
    expect(events.map((event) => [event.actorUserId, event.entityId, event.change])).toEqual([
      [staff.id, meetingId, { fields: { screenShows: { before: 'floor', after: 'statement' }, statementTitle: { after: 'Decision on the work programme' } } }],
      [chair.id, meetingId, { fields: { screenShows: { before: 'statement', after: 'amendment' }, statementTitle: { after: 'Decision on the work programme' }, amendmentNumber: { before: null, after: 1 } } }],
      [staff.id, meetingId, { fields: { screenShows: { before: 'amendment', after: 'floor' }, amendmentNumber: { before: 1, after: null } } }],
    ]);
  });

  it('keeps what the screen shows with who put it there and when', async () => {
    const now = new Date('2026-11-23T01:00:00Z');
    await showOnRoomScreen({ actor: chair, input: { meetingId, shows: 'statement', statementId: draftId }, now });
    expect((await written()).screens).toEqual([{ meetingId, shows: 'statement', statementId: draftId, amendmentNumber: null, setByUserId: chair.id, setAt: now }]);
  });

  it.each<Role>(['delegate', 'observer'])('refuses a %s, through the action and the service, writing nothing', async (role) => {
    const actor = role === 'delegate' ? japan : await factory.createActor({ role, partyId: japan.partyId });
    session.actor = actor;
    expect(await showOnRoomScreenAction({ meetingId, shows: 'statement', statementId: circulatedId })).toMatchObject({ ok: false, formError: 'floorScreenChairOnly' });
    expect(await refusal(show(actor, { shows: 'floor' }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'floorScreenChairOnly' });
    expect(await written()).toEqual({ screens: [], events: [] });
    expect((await getFloor({ actor, input: { meetingId } })).can.showOnScreen).toBe(false);
    // An observer does not read a circulated text at all.
    if (role === 'delegate') expect((await getStatement({ actor, input: { statementId: circulatedId } })).can.showOnScreen).toBe(false);
  });

  it('refuses the chair of another meeting, and a meeting that is over, writing nothing', async () => {
    const otherChair = await factory.createActor({ role: 'chair' });
    expect(await refusal(show(otherChair, { shows: 'floor' }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'floorScreenChairOnly' });
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meetingId));
    expect(await refusal(show(chair, { shows: 'statement', statementId: circulatedId }))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'floorMeetingOver' });
    expect((await getFloor({ actor: chair, input: { meetingId } })).can.showOnScreen).toBe(false);
    expect(await written()).toEqual({ screens: [], events: [] });
  });

  it('refuses a statement of another meeting, an amendment never proposed, an unknown meeting and forged input, writing nothing', async () => {
    const elsewhere = await factory.createCirculatedStatement({ meetingId: (await factory.createMeeting({ chairUserId: chair.id })).id });
    expect(await refusal(show(staff, { shows: 'statement', statementId: elsewhere.id }))).toMatchObject({ code: 'NOT_FOUND', messageKey: 'statementNotFound' });
    expect(await refusal(show(staff, { shows: 'amendment', statementId: circulatedId, amendmentNumber: 2 }))).toMatchObject({ code: 'NOT_FOUND', messageKey: 'amendmentNotFound' });
    expect(await refusal(show(staff, { shows: 'floor', meetingId: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({ code: 'NOT_FOUND' });
    session.actor = staff;
    expect(await showOnRoomScreenAction({ meetingId, shows: 'agenda' } as unknown as ShowOnRoomScreenInput)).toMatchObject({ ok: false, fieldErrors: { shows: 'floorScreenShowsInvalid' } });
    expect(await showOnRoomScreenAction({ meetingId, shows: 'amendment', statementId: circulatedId, amendmentNumber: '-1' })).toMatchObject({
      ok: false,
      fieldErrors: { amendmentNumber: 'notFound' },
    });
    expect(await written()).toEqual({ screens: [], events: [] });
  });
});

describe('getRoomScreen', () => {
  it('shows the text as amended so far while amendments are accepted and unmerged, and the text itself once there are none', async () => {
    await show(staff, { shows: 'amended', statementId: circulatedId });
    // Japan's amendment is still proposed: nothing is amended yet, so the screen shows the text.
    expect((await getRoomScreen({ actor: japan, input: { meetingId } })).shows).toBe('statement');
    const [amendment] = await db.select().from(statementAmendments).where(eq(statementAmendments.statementId, circulatedId));
    await disposeAmendment({ actor: chair, input: disposeAmendmentSchema.parse({ amendmentId: amendment!.id, decision: 'accept', reason: '', acceptedText: '' }) });
    const amended = await getRoomScreen({ actor: japan, input: { meetingId } });
    expect(amended.shows === 'amended' && amended.amended.amendments.map((a) => a.number)).toEqual([1]);
    expect((await getStatement({ actor: staff, input: { statementId: circulatedId } })).onRoomScreen).toEqual({ text: false, amended: true, amendmentNumber: null });
    expect((await getFloor({ actor: staff, input: { meetingId } })).screen).toMatchObject({ shows: 'amended', statementTitle: 'Decision on the work programme' });
  });

  it("offers the meeting's statements to put on the screen only to those who run this room", async () => {
    const titles = async (actor: Actor) => (await getFloor({ actor, input: { meetingId } })).screenStatements.map((s) => s.title);
    expect(await titles(staff)).toEqual(['Decision on the work programme', 'Draft chair’s summary']);
    expect(await titles(chair)).toEqual(['Decision on the work programme', 'Draft chair’s summary']);
    expect(await titles(japan)).toEqual([]);
    expect(await titles(await factory.createActor({ role: 'chair' }))).toEqual([]);
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meetingId));
    expect(await titles(staff)).toEqual([]);
  });

  it('withholds a text the reader may not read, and names what the screen shows only to those who run the room', async () => {
    await show(staff, { shows: 'statement', statementId: draftId });
    expect((await getRoomScreen({ actor: japan, input: { meetingId } })).shows).toBe('withheld');
    expect((await getRoomScreen({ actor: chair, input: { meetingId } })).shows).toBe('statement');
    expect((await getFloor({ actor: chair, input: { meetingId } })).screen).toEqual({ shows: 'statement', statementId: draftId, amendmentNumber: null, statementTitle: 'Draft chair’s summary' });
    expect((await getFloor({ actor: japan, input: { meetingId } })).screen.statementTitle).toBeNull();
  });

  it('tells the statement page what of it the screen shows', async () => {
    await show(staff, { shows: 'amendment', statementId: circulatedId, amendmentNumber: 1 });
    expect((await getStatement({ actor: staff, input: { statementId: circulatedId } })).onRoomScreen).toEqual({ text: false, amended: false, amendmentNumber: 1 });
    expect((await getStatement({ actor: staff, input: { statementId: draftId } })).onRoomScreen).toEqual({ text: false, amended: false, amendmentNumber: null });
    await show(staff, { shows: 'statement', statementId: circulatedId });
    expect((await getStatement({ actor: chair, input: { statementId: circulatedId } })).onRoomScreen).toEqual({ text: true, amended: false, amendmentNumber: null });
    // Delegations are not told: the screen is the room's, not a part of the text.
    expect((await getStatement({ actor: japan, input: { statementId: circulatedId } })).onRoomScreen).toEqual({ text: false, amended: false, amendmentNumber: null });
  });
});
