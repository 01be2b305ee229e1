import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, type Role } from '@/db/schema';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { AppError } from '@/lib/errors';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { createArea } from '@/lib/programme/create-area';
import { createProject } from '@/lib/programme/create-project';
import { recordContribution } from '@/lib/programme/record-contribution';
import { createAreaSchema, createProjectSchema, recordContributionSchema } from '@/lib/programme/schemas';
import { createMeetingSchema } from '@/lib/meetings/schemas';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import { createUser } from '@/lib/users/create-user';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import * as factory from './factories';

const open = (meetingId: string) => ({ meetingId, status: 'registration_open' as const, reason: null, confirmOutsideDates: false });

describe('findAuditEvents', () => {
  it('lists what staff did, latest first, with who did it, naming the record, and narrows to one kind of record', async () => {
    const actor = await factory.createActor({ name: 'Hana Lim' });
    const user = await createUser({
      actor,
      input: { name: 'Tuya Bat', email: 'tuya@mne.example', role: 'observer', partyId: null, password: 'a long enough password' },
    });
    await setUserDisabled({ actor, input: { userId: user.id, isDisabled: true } });
    const meeting = await factory.createMeeting({ title: 'Twenty-seventh SOM' });
    await changeMeetingStatus({ actor, input: open(meeting.id) });

    const all = await findAuditEvents({ actor, input: findAuditEventsSchema.parse({}) });
    expect(all.items.map((e) => [e.action, e.actorName, e.record])).toEqual([
      ['meeting.status_changed', 'Hana Lim', { label: 'Twenty-seventh SOM', href: `/meetings/${meeting.id}` }],
      ['user.disabled', 'Hana Lim', { label: 'Tuya Bat', href: `/admin/users/${user.id}` }],
      ['user.created', 'Hana Lim', { label: 'Tuya Bat', href: `/admin/users/${user.id}` }],
    ]);
    expect(all.items[0]?.changes).toEqual([
      { field: 'status', before: { kind: 'term', key: 'meetingStatus.planned' }, after: { kind: 'term', key: 'meetingStatus.registration_open' } },
    ]);

    const users = await findAuditEvents({ actor, input: findAuditEventsSchema.parse({ entity: 'user' }) });
    expect(users.items.map((e) => e.action)).toEqual(['user.disabled', 'user.created']);
  });

  it('shows each changed field before and after, with names for ids and times in the meeting\'s zone', async () => {
    const actor = await factory.createActor();
    const chair = await factory.createUser({ role: 'chair', name: 'Kim Jae-won' });
    const host = await factory.createParty({ name: 'Mongolia' });
    const meeting = await factory.createMeeting({ timeZone: 'Asia/Ulaanbaatar' });
    const input = createMeetingSchema.parse({
      seriesId: meeting.seriesId,
      number: meeting.number,
      title: meeting.title,
      startDate: meeting.startDate,
      endDate: meeting.endDate,
      timeZone: 'Asia/Ulaanbaatar',
      hostPartyId: host.id,
      format: meeting.format,
      chairUserId: chair.id,
      registrationOpensAt: '2029-12-01T09:00',
      registrationClosesAt: '',
    });
    await updateMeeting({ actor, input: { ...input, meetingId: meeting.id, version: meeting.version } });
    const [event] = (await findAuditEvents({ actor, input: findAuditEventsSchema.parse({}) })).items;
    expect(event?.changes).toEqual([
      { field: 'hostPartyId', before: null, after: { kind: 'text', text: 'Mongolia' } },
      { field: 'chairUserId', before: null, after: { kind: 'text', text: 'Kim Jae-won' } },
      { field: 'registrationOpensAt', before: null, after: { kind: 'instant', at: '2029-12-01T01:00:00.000Z', timeZone: 'Asia/Ulaanbaatar' } },
    ]);
  });

  it("names the programme's records and links each to where it is shown", async () => {
    const actor = await factory.createActor();
    const japan = await factory.createParty({ name: 'Japan' });
    const area = await createArea({ actor, input: createAreaSchema.parse({ code: 'chemicals', name: 'Chemicals and waste' }) });
    const project = await createProject({
      actor,
      input: createProjectSchema.parse({
        code: 'CHEM-1',
        title: 'Mercury inventories',
        areaId: area.id,
        leadPartyId: '',
        partnerPartyIds: [japan.id],
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        budgetAmount: '50000',
        budgetCurrency: 'USD',
        fundingSource: 'core_fund',
      }),
    });
    await recordContribution({
      actor,
      input: recordContributionSchema.parse({ partyId: japan.id, year: 2025, kind: 'pledge', currency: 'USD', date: '2025-02-01', projectId: '', amount: '1' }),
    });
    const { items } = await findAuditEvents({ actor, input: findAuditEventsSchema.parse({}) });
    expect(items.map((e) => [e.action, e.record])).toEqual([
      ['contribution.recorded', { label: 'Japan, 2025', href: '/programme/contributions' }],
      ['project.created', { label: 'CHEM-1 Mercury inventories', href: `/programme/projects/${project.id}` }],
      ['area.created', { label: 'Chemicals and waste', href: '/programme/areas' }],
    ]);
    // The project's area and partners are named, never shown as ids.
    const created = items.find((e) => e.action === 'project.created')!;
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'areaId', after: { kind: 'text', text: 'Chemicals and waste' } },
        { field: 'partnerPartyIds', after: { kind: 'text', text: 'Japan' } },
      ]),
    );
  });

  it('narrows to a range of days in the office time zone', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    await changeMeetingStatus({ actor, input: open(id) });
    // Seoul is UTC+9: 23:30 UTC on 1 March is already 2 March there.
    await db.update(auditEvents).set({ createdAt: new Date('2026-03-01T23:30:00Z') }).where(eq(auditEvents.entityId, id));
    const on = (from: string, to: string) => findAuditEvents({ actor, input: findAuditEventsSchema.parse({ from, to }) });
    expect((await on('2026-03-02', '2026-03-02')).items).toHaveLength(1);
    expect((await on('2026-03-01', '2026-03-01')).items).toHaveLength(0);
    expect((await on('2026-03-03', '2026-03-01')).items).toHaveLength(1);
  });

  it('pages fifty events at a time by position, newer and older, with no count of the whole log', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    for (let i = 0; i < 60; i++) {
      await changeMeetingStatus({ actor, input: { ...open(id), status: i % 2 === 0 ? 'registration_open' : 'registration_closed' } });
    }
    const ids = (await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id)).map((row) => row.id);
    const page = (input: Record<string, unknown>) => findAuditEvents({ actor, input: findAuditEventsSchema.parse(input) });

    const latest = await page({});
    expect(latest.items.map((e) => e.id)).toEqual(ids.slice(10).reverse());
    expect(latest).toMatchObject({ newerThan: null, olderThan: ids[10] });

    const older = await page({ before: latest.olderThan });
    expect(older.items.map((e) => e.id)).toEqual(ids.slice(0, 10).reverse());
    expect(older).toMatchObject({ newerThan: ids[9], olderThan: null });

    const backUp = await page({ after: older.newerThan });
    expect(backUp.items.map((e) => e.id)).toEqual(latest.items.map((e) => e.id));
    expect(backUp).toMatchObject({ newerThan: null, olderThan: ids[10] });
  });

  it('orders by time, not by id, and pages within a range of days from any event', async () => {
    const actor = await factory.createActor();
    const { id } = await factory.createMeeting();
    for (let i = 0; i < 56; i++) {
      await changeMeetingStatus({ actor, input: { ...open(id), status: i % 2 === 0 ? 'registration_open' : 'registration_closed' } });
    }
    const ids = (await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id)).map((row) => row.id);
    // A minute apart on 2 March 2026 in Seoul, the later an event's id the earlier its time; the first one in April.
    for (const [index, eventId] of ids.entries()) {
      const createdAt = index === 0 ? new Date('2026-04-01T03:00:00Z') : new Date(Date.UTC(2026, 2, 2, 1, 0) - index * 60_000);
      await db.update(auditEvents).set({ createdAt }).where(eq(auditEvents.id, eventId));
    }
    const inMarch = ids.slice(1);
    const page = (input: Record<string, unknown>) => findAuditEvents({ actor, input: findAuditEventsSchema.parse({ from: '2026-03-02', to: '2026-03-02', ...input }) });

    const latest = await page({});
    expect(latest.items.map((e) => e.id)).toEqual(inMarch.slice(0, 50));
    expect(latest).toMatchObject({ newerThan: null, olderThan: inMarch[49] });

    const older = await page({ before: latest.olderThan });
    expect(older.items.map((e) => e.id)).toEqual(inMarch.slice(50));
    expect(older).toMatchObject({ newerThan: inMarch[50], olderThan: null });

    const backUp = await page({ after: older.newerThan });
    expect(backUp.items.map((e) => e.id)).toEqual(latest.items.map((e) => e.id));

    const everything = await findAuditEvents({ actor, input: findAuditEventsSchema.parse({}) });
    expect(everything.items[0]?.id).toBe(ids[0]);
  });

  it.each<Role>(['chair', 'delegate', 'observer'])('refuses a %s', async (role) => {
    const actor = await factory.createActor({ role });
    await expect(findAuditEvents({ actor, input: findAuditEventsSchema.parse({}) })).rejects.toBeInstanceOf(AppError);
  });

  it('reads its filter leniently from the URL', () => {
    expect(findAuditEventsSchema.parse({ entity: 'meeting', before: '300', from: '2026-01-01' })).toEqual({
      entity: 'meeting',
      before: 300,
      after: undefined,
      from: '2026-01-01',
      to: undefined,
    });
    expect(findAuditEventsSchema.parse({ entity: 'passwords', from: 'yesterday', to: ['2026-01-01', '2026-01-02'], before: 'x'.repeat(5000), after: '-3' })).toEqual({
      entity: undefined,
      before: undefined,
      after: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
