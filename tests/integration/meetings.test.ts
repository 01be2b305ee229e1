import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { findMeetings } from '@/lib/meetings/find-meetings';
import { meetingSeries, type Role } from '@/db/schema';
import * as factory from './factories';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('findMeetings', () => {
  it('lists upcoming meetings soonest first, then past ones latest first', async () => {
    const actor = await factory.createActor({ role: 'observer' });
    const series = (await factory.createMeeting({ number: 1, title: 'Past, older', startDate: isoDay(-800), endDate: isoDay(-799) })).seriesId;
    await factory.createMeeting({ seriesId: series, number: 2, title: 'Past, recent', startDate: isoDay(-400), endDate: isoDay(-399) });
    await factory.createMeeting({ seriesId: series, number: 4, title: 'Upcoming, later', startDate: isoDay(300), endDate: isoDay(301) });
    await factory.createMeeting({ seriesId: series, number: 3, title: 'Upcoming, soon', startDate: isoDay(30), endDate: isoDay(31) });

    const page = await findMeetings({ actor, input: { page: 1 } });
    expect(page.items.map((m) => m.title)).toEqual(['Upcoming, soon', 'Upcoming, later', 'Past, recent', 'Past, older']);
    expect(page.total).toBe(4);
  });

  it.each<Role>(['secretariat', 'chair', 'delegate', 'observer'])('is open to a %s', async (role) => {
    const actor = await factory.createActor({ role });
    await factory.createMeeting();
    expect((await findMeetings({ actor, input: { page: 1 } })).items).toHaveLength(1);
  });

  it('pages long lists', async () => {
    const actor = await factory.createActor();
    const series = (await factory.createMeeting({ number: 1 })).seriesId;
    for (let n = 2; n <= 25; n++) await factory.createMeeting({ seriesId: series, number: n });
    const second = await findMeetings({ actor, input: { page: 2 } });
    expect(second).toMatchObject({ total: 25, page: 2, pageCount: 2 });
    expect(second.items).toHaveLength(5);
  });

  it('pages across the turn from upcoming to past: each meeting once, in order', async () => {
    const actor = await factory.createActor();
    const series = (await factory.createMeeting({ number: 1, startDate: isoDay(10), endDate: isoDay(11) })).seriesId;
    for (let n = 2; n <= 15; n++) await factory.createMeeting({ seriesId: series, number: n, startDate: isoDay(10 * n), endDate: isoDay(10 * n + 1) });
    for (let n = 16; n <= 30; n++) await factory.createMeeting({ seriesId: series, number: n, startDate: isoDay(-10 * n), endDate: isoDay(-10 * n + 1) });
    const [first, second] = [await findMeetings({ actor, input: { page: 1 } }), await findMeetings({ actor, input: { page: 2 } })];
    const starts = [...first.items, ...second.items].map((m) => m.startDate);
    const upcoming = Array.from({ length: 15 }, (_, i) => isoDay(10 * (i + 1)));
    const past = Array.from({ length: 15 }, (_, i) => isoDay(-10 * (i + 16)));
    expect(first.items).toHaveLength(20);
    expect(starts).toEqual([...upcoming, ...past]);
  });

  it('filters by series and year, and its pages hold each meeting once when many share a start date', async () => {
    const actor = await factory.createActor();
    const first = await factory.createMeeting({ number: 1, startDate: '2031-05-01', endDate: '2031-05-02' });
    for (let n = 2; n <= 30; n++) await factory.createMeeting({ seriesId: first.seriesId, number: n, startDate: '2031-05-01', endDate: '2031-05-02' });
    const other = await factory.createMeeting({ number: 1, startDate: '2032-01-10', endDate: '2032-01-11' });
    const [series] = await db.select().from(meetingSeries).where(eq(meetingSeries.id, first.seriesId));
    const pages = [await findMeetings({ actor, input: { page: 1, series: series!.code } }), await findMeetings({ actor, input: { page: 2, series: series!.code } })];
    expect(pages[0]).toMatchObject({ total: 30, pageCount: 2 });
    const ids = pages.flatMap((p) => p.items.map((m) => m.id));
    expect(new Set(ids).size).toBe(30);
    expect(ids).not.toContain(other.id);
    const ofYear = await findMeetings({ actor, input: { page: 1, year: 2032 } });
    expect(ofYear.items.map((m) => m.id)).toEqual([other.id]);
    expect(ofYear.total).toBe(1);
    // The filter offers the years meetings start in, latest first: not the years between, nor one a meeting only ends in.
    await factory.createMeeting({ number: 1, startDate: '2028-12-31', endDate: '2029-01-01' });
    expect((await findMeetings({ actor, input: { page: 1 } })).years).toEqual([2032, 2031, 2028]);
    expect((await findMeetings({ actor, input: { page: 1, year: 2028 } })).total).toBe(1);
  });

  it('has the database refuse a meeting that ends before it starts, and a repeated series number', async () => {
    const meeting = await factory.createMeeting({ number: 7 });
    await expect(factory.createMeeting({ startDate: '2030-02-02', endDate: '2030-02-01' })).rejects.toThrow();
    await expect(factory.createMeeting({ seriesId: meeting.seriesId, number: 7 })).rejects.toThrow();
  });
});
