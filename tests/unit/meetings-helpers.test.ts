import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/action';
import { timeUntil } from '@/lib/meetings/countdown';
import { buildMeetingCalendar, buildProgrammeCalendar, programmeCalendarUrls } from '@/lib/meetings/meeting-calendar';
import { addSessionSchema, changeMeetingStatusSchema, createMeetingSchema, findMeetingsSchema } from '@/lib/meetings/schemas';
import { isWithinMeetingDays, shiftSessionTimes, shiftTimetable } from '@/lib/meetings/shift-timetable';
import { hostTimeZone } from '@/lib/meetings/host-time-zones';
import { ordinalWords, suggestMeetingTitle } from '@/lib/meetings/titles';
import { addDays, daysBetween, instantToZonedLocal, isValidTimeZone, zonedLocalToInstant } from '@/lib/time-zones';
import messages from '@/messages/en';

describe('meeting titles', () => {
  it.each([
    [1, 'first'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [26, 'twenty-sixth'],
    [27, 'twenty-seventh'],
    [30, 'thirtieth'],
    [99, 'ninety-ninth'],
    [100, 'one hundredth'],
    [101, 'one hundred and first'],
  ])('%i is %s', (n, words) => expect(ordinalWords(n)).toBe(words));

  it('suggests the UN-style title', () => {
    expect(suggestMeetingTitle('Senior Officials Meeting', 26, 'NEASPEC')).toBe('Twenty-sixth Senior Officials Meeting of NEASPEC');
  });
});

describe('time zones', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Seoul')).toBe(true);
    expect(isValidTimeZone('Asia/Ulaanbaatar')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('turns wall-clock times of a zone into instants and back', () => {
    expect(zonedLocalToInstant('2023-11-23T09:30', 'Asia/Seoul').toISOString()).toBe('2023-11-23T00:30:00.000Z');
    expect(zonedLocalToInstant('2023-11-23T09:30', 'Europe/Moscow').toISOString()).toBe('2023-11-23T06:30:00.000Z');
    expect(instantToZonedLocal(new Date('2023-11-23T00:30:00Z'), 'Asia/Seoul')).toBe('2023-11-23T09:30');
  });

  it('handles daylight-saving zones on both sides of the change', () => {
    expect(zonedLocalToInstant('2024-01-15T09:00', 'America/New_York').toISOString()).toBe('2024-01-15T14:00:00.000Z');
    expect(zonedLocalToInstant('2024-07-15T09:00', 'America/New_York').toISOString()).toBe('2024-07-15T13:00:00.000Z');
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2023-11-23', 364)).toBe('2024-11-21');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2023-11-23', '2023-11-24')).toBe(1);
    expect(daysBetween('2023-11-24', '2023-11-23')).toBe(-1);
  });
});

describe('shiftTimetable', () => {
  it('moves sessions by whole days and keeps their wall-clock times across a DST change', () => {
    const sessions = [{ title: 'Opening', room: 'Hall', startsAt: new Date('2024-03-01T14:00:00Z'), endsAt: new Date('2024-03-01T15:00:00Z') }];
    // 09:00 in New York before the March change (UTC-5) stays 09:00 after it (UTC-4).
    const [shifted] = shiftTimetable(sessions, 14, 'America/New_York', 'm2');
    expect(shifted).toEqual({ meetingId: 'm2', title: 'Opening', room: 'Hall', startsAt: new Date('2024-03-15T13:00:00Z'), endsAt: new Date('2024-03-15T14:00:00Z') });
  });

  it('keeps the wall-clock time when the meeting moves to another time zone', () => {
    // 09:30 in Seoul (UTC+9) becomes 09:30 in Ulaanbaatar (UTC+8), one day later.
    const session = { startsAt: new Date('2023-11-23T00:30:00Z'), endsAt: new Date('2023-11-23T01:00:00Z') };
    expect(shiftSessionTimes(session, 1, 'Asia/Seoul', 'Asia/Ulaanbaatar')).toEqual({
      startsAt: new Date('2023-11-24T01:30:00Z'),
      endsAt: new Date('2023-11-24T02:00:00Z'),
    });
  });
});

describe('isWithinMeetingDays', () => {
  const meeting = { startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul' };
  it('needs both ends on the meeting days, where the meeting is held', () => {
    expect(isWithinMeetingDays({ startsAt: new Date('2023-11-23T00:30:00Z'), endsAt: new Date('2023-11-24T08:00:00Z') }, meeting)).toBe(true);
    // 23:30 UTC on the 22nd is already the 23rd, 08:30, in Seoul.
    expect(isWithinMeetingDays({ startsAt: new Date('2023-11-22T23:30:00Z'), endsAt: new Date('2023-11-23T01:00:00Z') }, meeting)).toBe(true);
    expect(isWithinMeetingDays({ startsAt: new Date('2023-11-22T14:00:00Z'), endsAt: new Date('2023-11-23T01:00:00Z') }, meeting)).toBe(false);
    expect(isWithinMeetingDays({ startsAt: new Date('2023-11-24T00:30:00Z'), endsAt: new Date('2023-11-24T15:30:00Z') }, meeting)).toBe(false);
  });
});

describe('timeUntil', () => {
  it('counts whole days and hours, and nothing once passed', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(timeUntil(now, new Date('2027-01-03T05:30:00Z'))).toEqual({ days: 2, hours: 5 });
    expect(timeUntil(now, now)).toBeNull();
  });
});

describe('buildMeetingCalendar', () => {
  it('exports the meeting as all-day dates (end exclusive) and sessions as instants', () => {
    const ics = buildMeetingCalendar({
      meeting: { id: 'm', title: 'SOM-26', startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul', city: 'Seoul', venue: null, hostName: 'Republic of Korea', status: 'concluded', version: 1 },
      sessions: [{ id: 's', title: 'Opening', startsAt: new Date('2023-11-23T00:30:00Z'), endsAt: new Date('2023-11-23T01:00:00Z'), room: 'Main hall' }],
      pageUrl: 'https://example.org/public/meetings/m',
    });
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20231123');
    expect(ics).toContain('DTEND;VALUE=DATE:20231125');
    expect(ics).toContain('DTSTART:20231123T003000Z');
    expect(ics).toContain('SUMMARY:Opening (SOM-26)');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('SEQUENCE:0');
  });

  it('marks a cancelled meeting cancelled', () => {
    const ics = buildMeetingCalendar({
      meeting: { id: 'm', title: 'X', startDate: '2027-01-01', endDate: '2027-01-01', timeZone: 'UTC', city: null, venue: null, hostName: null, status: 'cancelled', version: 3 },
      sessions: [],
      pageUrl: 'https://example.org',
    });
    expect(ics).toContain('STATUS:CANCELLED');
  });

  it('numbers each revision of the meeting (SEQUENCE), so calendar apps replace what they hold', () => {
    const ics = buildMeetingCalendar({
      meeting: { id: 'm', title: 'X', startDate: '2027-01-01', endDate: '2027-01-01', timeZone: 'UTC', city: null, venue: null, hostName: null, status: 'cancelled', version: 3 },
      sessions: [{ id: 's', title: 'Opening', startsAt: new Date('2027-01-01T00:30:00Z'), endsAt: new Date('2027-01-01T01:00:00Z'), room: null }],
      pageUrl: 'https://example.org',
    });
    expect(ics.match(/^SEQUENCE:.*$/gm)).toEqual(['SEQUENCE:2', 'SEQUENCE:2']);
    expect(ics.match(/^STATUS:.*$/gm)).toEqual(['STATUS:CANCELLED', 'STATUS:CANCELLED']);
  });
});

describe('buildProgrammeCalendar', () => {
  const meeting = { title: 'X', timeZone: 'UTC', city: null, venue: null, hostName: null, status: 'planned', version: 1 } as const;
  it('names the calendar, asks apps to look again every six hours, and holds every meeting given with its sessions', () => {
    const ics = buildProgrammeCalendar({
      name: 'NEASPEC meetings',
      entries: [
        { meeting: { ...meeting, id: 'a', startDate: '2027-01-01', endDate: '2027-01-02' }, sessions: [], pageUrl: 'https://example.org/public/meetings/a' },
        {
          meeting: { ...meeting, id: 'b', startDate: '2027-06-01', endDate: '2027-06-01', status: 'cancelled' },
          sessions: [{ id: 's', title: 'Opening', startsAt: new Date('2027-06-01T00:30:00Z'), endsAt: new Date('2027-06-01T01:00:00Z'), room: null }],
          pageUrl: 'https://example.org/public/meetings/b',
        },
      ],
    });
    expect(ics).toContain('X-WR-CALNAME:NEASPEC meetings');
    expect(ics).toContain('X-PUBLISHED-TTL:PT6H');
    expect(ics.match(/^UID:.*$/gm)).toEqual(['UID:meeting-a@secretariat', 'UID:meeting-b@secretariat', 'UID:session-s@secretariat']);
    expect(ics.match(/^STATUS:.*$/gm)).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED', 'STATUS:CANCELLED']);
  });

  it('is a valid calendar with no meetings at all', () => {
    const ics = buildProgrammeCalendar({ name: 'Empty', entries: [] });
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR$/);
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});

describe('programmeCalendarUrls', () => {
  it('gives the feed at the public address, and as webcal to open a calendar app', () => {
    expect(programmeCalendarUrls(undefined, 'https://meetings.example.org')).toEqual({
      https: 'https://meetings.example.org/public/calendar.ics',
      webcal: 'webcal://meetings.example.org/public/calendar.ics',
    });
    expect(programmeCalendarUrls('SOM', 'http://localhost:3000').webcal).toBe('webcal://localhost:3000/public/calendar.ics?series=SOM');
  });

  it('encodes a series code as a query value', () => {
    expect(programmeCalendarUrls('EGM-AIR&x', 'https://a.example').https).toBe('https://a.example/public/calendar.ics?series=EGM-AIR%26x');
  });
});

const seriesId = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const validMeeting = {
  seriesId,
  number: '27',
  title: 'Twenty-seventh Senior Officials Meeting of NEASPEC',
  startDate: '2027-03-16',
  endDate: '2027-03-17',
  timeZone: 'Asia/Seoul',
  city: '',
  hostPartyId: '',
  venue: '',
  format: 'hybrid',
  chairUserId: '',
  registrationOpensAt: '2027-01-10T09:00',
  registrationClosesAt: '2027-03-01T18:00',
  description: '',
};
const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrorsOf(result.error as never);
};

describe('meeting schemas', () => {
  it('accepts a meeting and empties optional fields to null', () => {
    expect(createMeetingSchema.parse(validMeeting)).toMatchObject({ number: 27, city: null, hostPartyId: null, chairUserId: null, description: null });
  });

  it.each([
    ['an end before the start', { endDate: '2027-03-15' }, { endDate: 'endBeforeStart' }],
    ['a closing before the opening', { registrationClosesAt: '2027-01-09T09:00' }, { registrationClosesAt: 'closesBeforeOpens' }],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, { timeZone: 'timeZoneInvalid' }],
    ['a number of zero', { number: '0' }, { number: 'numberInvalid' }],
    ['an unknown format', { format: 'hologram' }, { format: 'formatInvalid' }],
    ['a malformed date', { startDate: '16/03/2027' }, { startDate: 'dateInvalid' }],
  ])('refuses %s', (_label, change, errors) => {
    expect(errorsOf(createMeetingSchema, { ...validMeeting, ...change })).toEqual(errors);
  });

  it('wants a reason to cancel', () => {
    const base = { meetingId: seriesId, status: 'cancelled' };
    expect(errorsOf(changeMeetingStatusSchema, { ...base, reason: '' })).toEqual({ reason: 'cancellationReasonRequired' });
    expect(changeMeetingStatusSchema.parse({ ...base, reason: 'Postponed by the host' }).reason).toBe('Postponed by the host');
  });

  it('wants a session to end after it starts', () => {
    expect(errorsOf(addSessionSchema, { meetingId: seriesId, title: 'Opening', startsAt: '2027-03-16T10:00', endsAt: '2027-03-16T09:00' })).toEqual({ endsAt: 'endBeforeStart' });
  });

  it('reads list filters from the URL leniently', () => {
    expect(findMeetingsSchema.parse({ series: 'SOM', year: '2023', page: '2' })).toEqual({ series: 'SOM', year: 2023, page: 2 });
    expect(findMeetingsSchema.parse({ year: 'abc' })).toEqual({ page: 1, year: undefined });
  });

  it.each([
    ['repeated parameters (arrays)', { series: ['SOM', 'EGM'], year: ['2023', '2024'], page: ['1', '2'] }],
    ['huge values', { series: 'S'.repeat(5000), year: '9'.repeat(5000), page: '9'.repeat(400) }],
    ['a negative page and a year out of range', { page: '-3', year: '-2023' }],
    ['values that are not text', { series: { x: 1 }, year: {}, page: null }],
  ])('findMeetingsSchema falls back to the defaults on %s', (_label, params) => {
    expect(findMeetingsSchema.parse(params)).toEqual({ page: 1, series: undefined, year: undefined });
  });

  it('has a sentence for every error key a meeting schema can give', () => {
    const keys = new Set<string>();
    for (const value of [{}, { ...validMeeting, endDate: '2000-01-01', registrationClosesAt: '2000-01-01T00:00' }, { ...validMeeting, timeZone: 'x', number: 'x', format: 'x', startDate: 'x', chairUserId: 'x', hostPartyId: 'x', seriesId: 'x' }]) {
      for (const key of Object.values(errorsOf(createMeetingSchema, value))) keys.add(key);
    }
    for (const key of Object.values(errorsOf(changeMeetingStatusSchema, { status: 'cancelled' }))) keys.add(key);
    for (const key of keys) expect(messages.browserErrors, key).toHaveProperty(key);
  });
});

describe('hostTimeZone', () => {
  it("suggests a member state's capital zone, one the runtime knows", () => {
    for (const code of ['CHN', 'JPN', 'KOR', 'MNG', 'PRK']) expect(isValidTimeZone(hostTimeZone(code)!)).toBe(true);
    expect(hostTimeZone('MNG')).toBe('Asia/Ulaanbaatar');
  });

  it('suggests none for a host over several zones, an organization or no host', () => {
    expect(hostTimeZone('RUS')).toBeUndefined();
    expect(hostTimeZone('ESCAP')).toBeUndefined();
    expect(hostTimeZone(undefined)).toBeUndefined();
  });
});
