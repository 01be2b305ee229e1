import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listMeetings } from '@/db/queries/meetings';
import { documents, meetings, meetingSessions } from '@/db/schema';
import { addSession } from '@/lib/meetings/add-session';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import { addDays, zonedDate } from '@/lib/time-zones';
import * as factory from './factories';
import { refusal } from './refusal';

async function sessionTimes(meetingId: string) {
  const rows = await db.select().from(meetingSessions).where(eq(meetingSessions.meetingId, meetingId)).orderBy(asc(meetingSessions.startsAt));
  return rows.map((s) => [s.title, s.startsAt.toISOString(), s.endsAt.toISOString()]);
}

describe('changing a meeting that already has documents', () => {
  it('refuses a new series or number once a document carries the symbol, and allows it before', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ number: 26 });
    const renumbered = await updateMeeting({ actor, input: factory.meetingEdit(meeting, { number: 28 }) });
    expect(renumbered.number).toBe(28);

    await db.insert(documents).values({
      meetingId: meeting.id,
      kind: 'working',
      sequence: 1,
      symbol: 'ESCAP/NEASPEC/SOM(28)/1',
      title: 'Provisional agenda',
      language: 'en',
      fileName: 'agenda.pdf',
      contentType: 'application/pdf',
      byteSize: 5,
      content: Buffer.from('%PDF-'),
    });
    const error = await refusal(updateMeeting({ actor, input: factory.meetingEdit(renumbered, { number: 29 }) }));
    expect(error.fieldErrors).toEqual({ number: 'numberFixedByDocuments' });
    const other = await factory.createMeeting();
    expect((await refusal(updateMeeting({ actor, input: factory.meetingEdit(renumbered, { seriesId: other.seriesId }) }))).fieldErrors).toEqual({
      number: 'numberFixedByDocuments',
    });
    // Everything else may still change.
    expect((await updateMeeting({ actor, input: factory.meetingEdit(renumbered, { venue: 'Lotte Hotel' }) })).venue).toBe('Lotte Hotel');
  });
});

describe('new dates or a new time zone', () => {
  async function meetingWithTimetable() {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24', timeZone: 'Asia/Seoul' });
    await addSession({ actor, input: { meetingId: meeting.id, title: 'Opening', startsAt: '2023-11-23T09:30', endsAt: '2023-11-23T10:00', room: null } });
    await addSession({ actor, input: { meetingId: meeting.id, title: 'Closing', startsAt: '2023-11-24T14:00', endsAt: '2023-11-24T15:30', room: null } });
    const [current] = await db.select().from(meetings).where(eq(meetings.id, meeting.id));
    return { actor, meeting: current! };
  }

  it('move the timetable with the meeting, each session keeping its local time and its day', async () => {
    const { actor, meeting } = await meetingWithTimetable();
    await updateMeeting({ actor, input: factory.meetingEdit(meeting, { startDate: '2023-12-05', endDate: '2023-12-06', timeZone: 'Asia/Ulaanbaatar' }) });
    // 09:30 in Ulaanbaatar (UTC+8) on the new first day, 14:00 on the new second day.
    expect(await sessionTimes(meeting.id)).toEqual([
      ['Opening', '2023-12-05T01:30:00.000Z', '2023-12-05T02:00:00.000Z'],
      ['Closing', '2023-12-06T06:00:00.000Z', '2023-12-06T07:30:00.000Z'],
    ]);
  });

  it('refuse a change that would leave a session outside the meeting days, and change nothing', async () => {
    const { actor, meeting } = await meetingWithTimetable();
    const before = await sessionTimes(meeting.id);
    const error = await refusal(updateMeeting({ actor, input: factory.meetingEdit(meeting, { endDate: '2023-11-23' }) }));
    expect(error.fieldErrors).toEqual({ endDate: 'timetableOutsideNewDates' });
    expect(await sessionTimes(meeting.id)).toEqual(before);
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(stored).toMatchObject({ endDate: '2023-11-24', version: meeting.version });
  });
});

describe('a session', () => {
  it('must end on one of the meeting days too, in its time zone', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ startDate: '2023-11-23', endDate: '2023-11-24' });
    const error = await refusal(
      addSession({ actor, input: { meetingId: meeting.id, title: 'Field trip', startsAt: '2023-11-24T09:00', endsAt: '2023-11-27T18:00', room: null } }),
    );
    expect(error.fieldErrors).toEqual({ endsAt: 'sessionOutsideMeeting' });
    const [row] = await db.select({ n: count() }).from(meetingSessions);
    expect(row?.n).toBe(0);
  });
});

describe('upcoming or past', () => {
  it('is decided by the calendar where the meeting is held, not where the database runs', async () => {
    const now = new Date();
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are more than a day apart: whatever the hour, one of
    // them has another date than the database server.
    const todayInPagoPago = zonedDate(now, 'Pacific/Pago_Pago');
    const yesterdayInKiritimati = addDays(zonedDate(now, 'Pacific/Kiritimati'), -1);
    const endsToday = await factory.createMeeting({ title: 'Ends today in Pago Pago', timeZone: 'Pacific/Pago_Pago', startDate: todayInPagoPago, endDate: todayInPagoPago });
    const endedYesterday = await factory.createMeeting({
      title: 'Ended yesterday in Kiritimati',
      timeZone: 'Pacific/Kiritimati',
      startDate: yesterdayInKiritimati,
      endDate: yesterdayInKiritimati,
    });
    const past = await factory.createMeeting({ title: 'Long ago', startDate: '2001-01-01', endDate: '2001-01-02' });
    const future = await factory.createMeeting({ title: 'Far ahead', startDate: '2099-01-01', endDate: '2099-01-02' });
    const { rows } = await listMeetings({ limit: 10, offset: 0 });
    // Upcoming first, soonest on top; then the past ones, latest on top.
    expect(rows.map((row) => row.title)).toEqual([endsToday.title, future.title, endedYesterday.title, past.title]);
  });
});
