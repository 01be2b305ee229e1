import { asc, eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, checkIns, documents } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { checkInParticipant } from '@/lib/participants/check-in-participant';
import { participantCsvRows } from '@/lib/participants/csv';
import { findCheckIns, getCheckInRecord } from '@/lib/participants/find-check-ins';
import { getParticipantList, listParticipants } from '@/lib/participants/get-participant-list';
import { getPublicParticipants } from '@/lib/participants/get-public-participants';
import { withdrawDocument } from '@/lib/documents/withdraw-document';
import { issueParticipantList } from '@/lib/participants/issue-participant-list';
import { renderBadges } from '@/lib/participants/render-badges';
import { undoCheckIn } from '@/lib/participants/undo-check-in';
import { createActor, createMeeting, createParty, createRegistration } from './factories';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: Buffer.from(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

const refusal = (code: string) => expect.objectContaining({ code }) as unknown as AppError;

async function meetingWithParticipants() {
  const chairUser = await createActor({ role: 'chair' });
  const meeting = await createMeeting({ startDate: '2030-03-10', endDate: '2030-03-12', timeZone: 'Asia/Seoul', chairUserId: chairUser.id });
  const mongolia = await createParty({ name: 'Mongolia', kind: 'member_state' });
  const china = await createParty({ name: 'China', kind: 'member_state' });
  const escap = await createParty({ name: 'UN ESCAP', kind: 'organization' });
  const zhang = await createRegistration({ meetingId: meeting.id, partyId: china.id, name: 'Zhang Wei', delegationRole: 'delegate', isListedPublicly: true });
  const li = await createRegistration({ meetingId: meeting.id, partyId: china.id, name: 'Li Na', delegationRole: 'head', honorific: 'H.E. Ms.', isListedPublicly: true });
  const bold = await createRegistration({ meetingId: meeting.id, partyId: mongolia.id, name: 'Bold Bat', delegationRole: 'head', participation: 'online', isListedPublicly: false, dietaryNeeds: 'vegetarian' });
  const kim = await createRegistration({ meetingId: meeting.id, partyId: escap.id, name: 'Kim Ann', delegationRole: 'observer', isListedPublicly: true });
  const pending = await createRegistration({ meetingId: meeting.id, partyId: mongolia.id, name: 'Pending Person', status: 'pending', isListedPublicly: true });
  const rejected = await createRegistration({
    meetingId: meeting.id,
    partyId: china.id,
    name: 'Rejected Person',
    status: 'rejected',
    decisionReason: 'duplicate',
    isListedPublicly: true,
  });
  return { meeting, chairUser, mongolia, china, escap, zhang, li, bold, kim, pending, rejected };
}

describe('list of participants', () => {
  it('lists approved participants by party, head first, for staff and the chair', async () => {
    const { meeting, chairUser } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    for (const actor of [staff, chairUser]) {
      const list = await getParticipantList({ actor, input: { meetingId: meeting.id } });
      expect(list.groups.map((g) => [g.partyName, g.participants.map((p) => p.name)])).toEqual([
        ['China', ['Li Na', 'Zhang Wei']],
        ['Mongolia', ['Bold Bat']],
        ['UN ESCAP', ['Kim Ann']],
      ]);
      expect(list.total).toBe(4);
    }
    expect((await getParticipantList({ actor: staff, input: { meetingId: meeting.id } })).can).toMatchObject({ issue: true, badges: true, checkIn: true });
    expect((await getParticipantList({ actor: chairUser, input: { meetingId: meeting.id } })).can).toMatchObject({ issue: false, badges: false, checkIn: false });
  });

  it('refuses delegates, observers and the chair of another meeting', async () => {
    const { meeting, china } = await meetingWithParticipants();
    const actors = [
      await createActor({ role: 'delegate', partyId: china.id }),
      await createActor({ role: 'observer', partyId: china.id }),
      await createActor({ role: 'chair' }),
    ];
    for (const actor of actors) {
      await expect(getParticipantList({ actor, input: { meetingId: meeting.id } })).rejects.toThrow(refusal('FORBIDDEN'));
      await expect(listParticipants({ actor, input: { meetingId: meeting.id } })).rejects.toThrow(refusal('FORBIDDEN'));
    }
  });

  it('exports CSV rows in list order with the name', async () => {
    const { meeting } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const { participants } = await listParticipants({ actor: staff, input: { meetingId: meeting.id } });
    const rows = participantCsvRows(participants);
    expect(rows[0]).toContain('Name');
    expect(rows.slice(1).map((row) => row[3])).toEqual(['Li Na', 'Zhang Wei', 'Bold Bat', 'Kim Ann']);
  });

  it('shows the public only approved participants who consented, without emails or needs', async () => {
    const { meeting } = await meetingWithParticipants();
    const list = await getPublicParticipants({ input: { meetingId: meeting.id } });
    const people = list.groups.flatMap((g) => g.participants);
    expect(people.map((p) => p.name)).toEqual(['Li Na', 'Zhang Wei', 'Kim Ann']);
    for (const person of people) {
      expect(person).not.toHaveProperty('email');
      expect(person).not.toHaveProperty('dietaryNeeds');
      expect(person).not.toHaveProperty('accessNeeds');
    }
  });

  it('issues the list as the next INF document, and again as a revision of it', async () => {
    const { meeting } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const first = await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } });
    expect(first.symbol).toMatch(/\/INF\/1$/);
    expect(first).toMatchObject({ kind: 'information', variant: 'original', isPublic: false, contentType: 'application/pdf' });
    const second = await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } });
    expect(second.symbol).toBe(`${first.symbol}/Rev.1`);
    const third = await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } });
    expect(third.symbol).toBe(`${first.symbol}/Rev.2`);
    const [stored] = await db.select().from(documents).where(eq(documents.id, first.id));
    const text = await pdfText(stored!.content);
    expect(text).toContain(first.symbol);
    expect(text).toContain('H.E. Ms. Li Na');
    expect(text.indexOf('CHINA')).toBeLessThan(text.indexOf('MONGOLIA'));
    expect(text).not.toContain('Pending Person');
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, first.id)).orderBy(asc(auditEvents.id));
    expect(audit.map((e) => e.action)).toEqual(['document.uploaded']);
  });

  it('issues a new list once the first was withdrawn, never a revision of the withdrawn one', async () => {
    const { meeting } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const first = await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } });
    await withdrawDocument({ actor: staff, input: { documentId: first.id, reason: 'Issued before the approvals were final' } });
    const again = await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } });
    expect(again.symbol).toMatch(/\/INF\/2$/);
    expect(again).toMatchObject({ variant: 'original', parentId: null });
    expect((await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } })).symbol).toBe(`${again.symbol}/Rev.1`);
  });

  it('spreads a long list over several pages', async () => {
    const meeting = await createMeeting();
    const party = await createParty({ name: 'Japan' });
    for (let i = 0; i < 60; i += 1) {
      await createRegistration({
        meetingId: meeting.id,
        partyId: party.id,
        name: `Person ${String(i).padStart(2, '0')}`,
        position: 'Director-General of the Department of International Environmental Cooperation and Sustainable Development Policy',
      });
    }
    const staff = await createActor({ role: 'secretariat' });
    const document = await issueParticipantList({ actor: staff, input: { meetingId: meeting.id } });
    const [stored] = await db.select().from(documents).where(eq(documents.id, document.id));
    const parser = new PDFParse({ data: Buffer.from(stored!.content) });
    const info = await parser.getInfo();
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(info.total).toBeGreaterThan(2);
    expect(text).toContain('Person 59');
  });

  it('refuses issuing to anyone but staff, writing nothing', async () => {
    const { meeting, chairUser, china } = await meetingWithParticipants();
    for (const actor of [chairUser, await createActor({ role: 'delegate', partyId: china.id }), await createActor({ role: 'observer' })]) {
      await expect(issueParticipantList({ actor, input: { meetingId: meeting.id } })).rejects.toThrow(refusal('FORBIDDEN'));
    }
    expect(await db.select().from(documents)).toHaveLength(0);
    expect(await db.select().from(auditEvents)).toHaveLength(0);
  });
});

describe('badges', () => {
  it('prints one badge per approved in-person participant, or one delegation', async () => {
    const { meeting, china, li } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const all = await renderBadges({ actor: staff, input: { meetingId: meeting.id } });
    expect(all.count).toBe(3); // Bold Bat takes part online.
    const text = await pdfText(all.bytes);
    expect(text).toContain('H.E. Ms. Li Na');
    expect(text).toContain('Head of delegation');
    expect(text).toContain('UN ESCAP');
    expect(text).not.toContain('Bold Bat');
    const chinaOnly = await renderBadges({ actor: staff, input: { meetingId: meeting.id, delegationId: li.delegationId } });
    expect(chinaOnly.count).toBe(2);
    expect(china.id).toBe(li.partyId);
  });

  it('refuses everyone but staff', async () => {
    const { meeting, chairUser, china } = await meetingWithParticipants();
    for (const actor of [chairUser, await createActor({ role: 'delegate', partyId: china.id }), await createActor({ role: 'observer' })]) {
      await expect(renderBadges({ actor, input: { meetingId: meeting.id } })).rejects.toThrow(refusal('FORBIDDEN'));
    }
  });
});

describe('check-in', () => {
  const duringMeeting = new Date('2030-03-11T01:00:00Z'); // 10:00 in Seoul on the second day
  const afterMeeting = new Date('2030-03-13T03:00:00Z');

  it('marks a participant present today once, audited once, and counts it', async () => {
    const { meeting, li } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const input = { meetingId: meeting.id, registrationId: li.id };
    expect(await checkInParticipant({ actor: staff, input, now: duringMeeting })).toMatchObject({ day: '2030-03-11', isNew: true });
    expect(await checkInParticipant({ actor: staff, input, now: duringMeeting })).toMatchObject({ day: '2030-03-11', isNew: false });
    expect(await db.select().from(checkIns)).toHaveLength(1);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, li.id)).orderBy(asc(auditEvents.id));
    expect(audit.map((e) => e.action)).toEqual(['participant.checked_in']);

    const desk = await findCheckIns({ actor: staff, input: { meetingId: meeting.id, q: 'li', page: 1 }, now: duringMeeting });
    expect(desk.days).toEqual(['2030-03-10', '2030-03-11', '2030-03-12']);
    expect(desk.today).toBe('2030-03-11');
    expect(desk.page.items.map((p) => [p.name, p.presentDays])).toEqual([['Li Na', ['2030-03-11']]]);
    expect(desk.page.total).toBe(1);
    // A page past the end has no row to count with, and still knows how many there are.
    const pastTheEnd = await findCheckIns({ actor: staff, input: { meetingId: meeting.id, page: 9 }, now: duringMeeting });
    expect(pastTheEnd.page).toMatchObject({ items: [], total: 4, pageCount: 1 });
    expect(desk.counts).toEqual([
      { day: '2030-03-10', present: 0, approved: 4 },
      { day: '2030-03-11', present: 1, approved: 4 },
      { day: '2030-03-12', present: 0, approved: 4 },
    ]);
    const record = await getCheckInRecord({ actor: staff, input, now: duringMeeting });
    expect(record).toMatchObject({ isMeetingDay: true, isApproved: true, isPresentToday: true, presentDays: ['2030-03-11'] });
  });

  it('checks in on a named day from a late sheet, and fifty concurrent check-ins make one row', async () => {
    const { meeting, zhang } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const input = { meetingId: meeting.id, registrationId: zhang.id, day: '2030-03-12' };
    const results = await Promise.all(Array.from({ length: 50 }, () => checkInParticipant({ actor: staff, input, now: afterMeeting })));
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    expect(await db.select().from(checkIns)).toHaveLength(1);
  });

  it('refuses a day outside the meeting, a day still to come, a participant not approved, and a cancelled meeting', async () => {
    const { meeting, pending, rejected, li } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    await expect(checkInParticipant({ actor: staff, input: { meetingId: meeting.id, registrationId: li.id }, now: afterMeeting })).rejects.toThrow(
      /checkInOutsideMeeting/,
    );
    await expect(
      checkInParticipant({ actor: staff, input: { meetingId: meeting.id, registrationId: li.id, day: '2030-03-09' }, now: afterMeeting }),
    ).rejects.toThrow(/checkInOutsideMeeting/);
    // On the second day, the third has not come: nobody is marked present before they attend.
    await expect(
      checkInParticipant({ actor: staff, input: { meetingId: meeting.id, registrationId: li.id, day: '2030-03-12' }, now: duringMeeting }),
    ).rejects.toThrow(/checkInFutureDay/);
    for (const registration of [pending, rejected]) {
      await expect(checkInParticipant({ actor: staff, input: { meetingId: meeting.id, registrationId: registration.id }, now: duringMeeting })).rejects.toThrow(
        /checkInNotApproved/,
      );
    }
    const other = await createMeeting();
    await expect(checkInParticipant({ actor: staff, input: { meetingId: other.id, registrationId: li.id }, now: duringMeeting })).rejects.toThrow(
      refusal('NOT_FOUND'),
    );
    const cancelled = await createMeeting({ status: 'cancelled', cancellationReason: 'Postponed', startDate: '2030-03-10', endDate: '2030-03-12' });
    const party = await createParty();
    const person = await createRegistration({ meetingId: cancelled.id, partyId: party.id });
    await expect(checkInParticipant({ actor: staff, input: { meetingId: cancelled.id, registrationId: person.id }, now: duringMeeting })).rejects.toThrow(
      /checkInMeetingCancelled/,
    );
    expect(await db.select().from(checkIns)).toHaveLength(0);
    expect(await db.select().from(auditEvents)).toHaveLength(0);
  });

  it('takes back a check-in made by mistake, audited, once; undoing it again changes nothing', async () => {
    const { meeting, li, zhang } = await meetingWithParticipants();
    const staff = await createActor({ role: 'secretariat' });
    const day = '2030-03-11';
    await checkInParticipant({ actor: staff, input: { meetingId: meeting.id, registrationId: li.id, day }, now: duringMeeting });
    await checkInParticipant({ actor: staff, input: { meetingId: meeting.id, registrationId: zhang.id, day }, now: duringMeeting });
    expect(await undoCheckIn({ actor: staff, input: { meetingId: meeting.id, registrationId: li.id, day } })).toMatchObject({ isRemoved: true });
    expect(await undoCheckIn({ actor: staff, input: { meetingId: meeting.id, registrationId: li.id, day } })).toMatchObject({ isRemoved: false });
    expect((await db.select().from(checkIns)).map((c) => c.registrationId)).toEqual([zhang.id]);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, li.id)).orderBy(asc(auditEvents.id));
    expect(audit.map((e) => [e.action, e.change])).toEqual([
      ['participant.checked_in', { fields: { day: { after: day } }, meetingId: meeting.id }],
      ['participant.check_in_undone', { fields: { day: { before: day } }, meetingId: meeting.id }],
    ]);
    const other = await createMeeting();
    await expect(undoCheckIn({ actor: staff, input: { meetingId: other.id, registrationId: zhang.id, day } })).rejects.toThrow(refusal('NOT_FOUND'));
    expect(await db.select().from(checkIns)).toHaveLength(1);
  });

  it('refuses everyone but staff, writing nothing', async () => {
    const { meeting, chairUser, china, li } = await meetingWithParticipants();
    const input = { meetingId: meeting.id, registrationId: li.id };
    const staff = await createActor({ role: 'secretariat' });
    await checkInParticipant({ actor: staff, input: { ...input, day: '2030-03-10' }, now: duringMeeting });
    const [before, eventsBefore] = [await db.select().from(checkIns), await db.select().from(auditEvents)];
    for (const actor of [chairUser, await createActor({ role: 'delegate', partyId: china.id }), await createActor({ role: 'observer' })]) {
      await expect(undoCheckIn({ actor, input: { ...input, day: '2030-03-10' } })).rejects.toThrow(refusal('FORBIDDEN'));
      await expect(checkInParticipant({ actor, input, now: duringMeeting })).rejects.toThrow(refusal('FORBIDDEN'));
      await expect(findCheckIns({ actor, input: { meetingId: meeting.id, page: 1 } })).rejects.toThrow(refusal('FORBIDDEN'));
      await expect(getCheckInRecord({ actor, input })).rejects.toThrow(refusal('FORBIDDEN'));
    }
    expect(await db.select().from(checkIns)).toEqual(before);
    expect(await db.select().from(auditEvents)).toEqual(eventsBefore);
  });
});
