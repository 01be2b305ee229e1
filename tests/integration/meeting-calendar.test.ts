import { afterAll, describe, expect, it, vi } from 'vitest';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import * as factory from './factories';

// The public address differs from the one the request came in on, as behind a reverse proxy.
vi.hoisted(() => {
  vi.stubEnv('NEXTAUTH_URL', 'https://meetings.example.org');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const { GET: calendar } = await import('@/app/(public)/public/meetings/[id]/calendar.ics/route');

async function download(meetingId: string): Promise<{ response: Response; lines: string[] }> {
  const request = new Request(`http://10.0.0.7:3000/public/meetings/${meetingId}/calendar.ics`);
  const response = await calendar(request, { params: Promise.resolve({ id: meetingId }) });
  // iCalendar folds long lines at 75 octets: a line break followed by a space continues the line.
  const lines = (await response.text()).replace(/\r\n /g, '').split('\r\n');
  return { response, lines };
}

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
