import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { meetings, meetingSeries, meetingSessions } from '@/db/schema';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { programmeCalendarSize } from '@/lib/meetings/get-programme-calendar';
import * as factory from './factories';

// The public address differs from the one the request came in on, as behind a reverse proxy.
vi.hoisted(() => {
  vi.stubEnv('NEXTAUTH_URL', 'https://meetings.example.org');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const { GET: calendar } = await import('@/app/(public)/public/meetings/[id]/calendar.ics/route');
const { GET: programmeCalendar } = await import('@/app/(public)/public/calendar.ics/route');

// iCalendar folds long lines at 75 octets: a line break followed by a space continues the line.
const unfold = async (response: Response) => (await response.text()).replace(/\r\n /g, '').split('\r\n');

async function download(meetingId: string): Promise<{ response: Response; lines: string[] }> {
  const request = new Request(`http://10.0.0.7:3000/public/meetings/${meetingId}/calendar.ics`);
  const response = await calendar(request, { params: Promise.resolve({ id: meetingId }) });
  return { response, lines: await unfold(response) };
}

async function subscribe(query = ''): Promise<{ response: Response; lines: string[] }> {
  const response = await programmeCalendar(new Request(`http://10.0.0.7:3000/public/calendar.ics${query}`));
  return { response, lines: await unfold(response) };
}

const uidsOf = (lines: string[]) => lines.filter((line) => line.startsWith('UID:')).map((line) => line.slice('UID:'.length));

describe('the calendar file of a meeting', () => {
  it('links to the meeting page at the public address, not the address of the request', async () => {
    const meeting = await factory.createMeeting();
    const { response, lines } = await download(meeting.id);
    expect(response.status).toBe(200);
    expect(lines).toContain(`URL;VALUE=URI:https://meetings.example.org/public/meetings/${meeting.id}`);
    expect(lines.filter((line) => line.includes('10.0.0.7'))).toEqual([]);
  });

  it('says CANCELLED as soon as the meeting is cancelled, and is never kept by a cache', async () => {
    const meeting = await factory.createMeeting();
    const before = await download(meeting.id);
    expect(before.lines).toContain('STATUS:CONFIRMED');
    expect(before.response.headers.get('Cache-Control')).toBe('no-cache');

    const actor = await factory.createActor();
    await changeMeetingStatus({ actor, input: { meetingId: meeting.id, status: 'cancelled', reason: 'Venue unavailable', confirmOutsideDates: false } });
    const after = await download(meeting.id);
    expect(after.lines).toContain('STATUS:CANCELLED');
    expect(after.lines).not.toContain('STATUS:CONFIRMED');
    // Calendars take a file with a higher sequence as the newer one.
    expect(after.lines).toContain('SEQUENCE:1');
  });
});

describe("the programme's calendar, to subscribe to", () => {
  it("holds one series' meetings with their sessions, under the ids of each meeting's own file", async () => {
    const [series] = await db.insert(meetingSeries).values({ code: 'CAL-ONE', name: 'Test series' }).returning();
    const first = await factory.createMeeting({ seriesId: series!.id });
    const second = await factory.createMeeting({ seriesId: series!.id, number: 2, startDate: '2031-02-03', endDate: '2031-02-04', city: 'Ulaanbaatar' });
    await db.insert(meetingSessions).values({ meetingId: second.id, title: 'Opening', startsAt: new Date('2031-02-03T01:00:00Z'), endsAt: new Date('2031-02-03T02:00:00Z'), room: 'Hall A' });
    const elsewhere = await factory.createMeeting();

    const { response, lines } = await subscribe(`?series=${series!.code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toContain(`filename="NEASPEC-${series!.code}-meetings.ics"`);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(lines).toContain('X-WR-CALNAME:NEASPEC: Test series');
    // Calendar apps look again every six hours, not at their own pace alone.
    expect(lines).toContain('X-PUBLISHED-TTL:PT6H');
    const [session] = await db.select().from(meetingSessions).where(eq(meetingSessions.meetingId, second.id));
    expect(uidsOf(lines).sort()).toEqual([`meeting-${first.id}@secretariat`, `meeting-${second.id}@secretariat`, `session-${session!.id}@secretariat`].sort());
    expect(lines).toContain('SUMMARY:Opening (' + second.title + ')');
    // iCalendar escapes the comma.
    expect(lines).toContain('LOCATION:Hall A\\, Ulaanbaatar');
    expect(lines).toContain(`URL;VALUE=URI:https://meetings.example.org/public/meetings/${second.id}`);
    expect(lines.filter((line) => line.includes('10.0.0.7'))).toEqual([]);
    expect(uidsOf(lines)).not.toContain(`meeting-${elsewhere.id}@secretariat`);

    // The same event as the meeting's own file gives, so importing both keeps one.
    const own = await download(second.id);
    expect(uidsOf(own.lines)).toEqual(uidsOf(lines).filter((uid) => uid.endsWith(`${second.id}@secretariat`) || uid.startsWith('session-')));
  });

  it('tells subscribers of a cancellation at their next look', async () => {
    const [series] = await db.insert(meetingSeries).values({ code: 'CAL-OFF', name: 'Test series' }).returning();
    const meeting = await factory.createMeeting({ seriesId: series!.id });
    const code = series!.code;
    expect((await subscribe(`?series=${code}`)).lines).toContain('STATUS:CONFIRMED');
    const actor = await factory.createActor();
    await changeMeetingStatus({ actor, input: { meetingId: meeting.id, status: 'cancelled', reason: 'Venue unavailable', confirmOutsideDates: false } });
    const after = (await subscribe(`?series=${code}`)).lines;
    expect(after).toContain('STATUS:CANCELLED');
    expect(after).toContain('SEQUENCE:1');
  });

  it(`holds the latest ${programmeCalendarSize} meetings by their first day, and every series without one asked`, async () => {
    const [series] = await db.insert(meetingSeries).values({ code: 'CAL-CAP', name: 'Many meetings' }).returning();
    const rows = Array.from({ length: programmeCalendarSize + 1 }, (_, index) => {
      const startDate = `${2150 + index}-06-01`;
      return { seriesId: series!.id, number: index + 1, title: `Meeting ${index + 1}`, startDate, endDate: startDate, timeZone: 'UTC' };
    });
    const inserted = await db.insert(meetings).values(rows).returning({ id: meetings.id, number: meetings.number });
    const uids = uidsOf((await subscribe('?series=CAL-CAP')).lines);
    expect(uids).toHaveLength(programmeCalendarSize);
    const oldest = inserted.find((m) => m.number === 1)!;
    expect(uids).not.toContain(`meeting-${oldest.id}@secretariat`);

    // Without a series, the whole programme: these are its latest meetings, so they are all there but the oldest.
    const all = await subscribe();
    expect(all.lines).toContain('X-WR-CALNAME:NEASPEC meetings');
    expect(uidsOf(all.lines).sort()).toEqual(uids.sort());
    // A parameter that is not a series code is no filter.
    expect(uidsOf((await subscribe(`?series=${'x'.repeat(500)}`)).lines).sort()).toEqual(uids.sort());
  });

  it('answers an unknown series as not found, rather than with an empty calendar', async () => {
    const response = await programmeCalendar(new Request('http://10.0.0.7:3000/public/calendar.ics?series=NOPE'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Page not found');
  });
});
