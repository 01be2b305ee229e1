import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKind, db } from '@/db/client';
import { findMeetingDetail, updateMeetingStatus } from '@/db/queries/meetings';
import { meetings, meetingSessions } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { addSession } from '@/lib/meetings/add-session';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import * as factory from './factories';

// Two people at once, on the PostgreSQL server in CI (on PGlite, one connection takes them in turn,
// which must give the same outcome).

/** Resolves once another connection is waiting for a row lock (PostgreSQL), or at once on PGlite. */
async function someoneIsWaitingForALock(): Promise<void> {
  if (databaseKind() !== 'postgres') return;
  for (let attempt = 0; attempt < 200; attempt++) {
    const rows = await db.execute<{ waiting: number }>(
      sql`select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
    );
    if ((rows as unknown as { waiting: number }[])[0]?.waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the second transaction never waited for the lock');
}

async function outcome(promise: Promise<unknown>) {
  return promise.then(
    () => 'saved',
    (error: unknown) => (error instanceof AppError ? error.messageKey : error),
  );
}

describe('one meeting, two people at once', () => {
  it('an edit that waits while the meeting is concluded is refused, not applied to the concluded meeting', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting({ status: 'in_session' });
    let edit: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      // Someone concludes the meeting and holds its lock while the edit arrives.
      await findMeetingDetail(meeting.id, tx, { lock: true });
      await updateMeetingStatus(meeting.id, { from: 'in_session', to: 'concluded', cancellationReason: null }, tx);
      edit = outcome(updateMeeting({ actor, input: factory.meetingEdit(meeting, { venue: 'Too late' }) }));
      await someoneIsWaitingForALock();
    });
    expect(await edit).toBe('meetingClosedForEdits');
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(stored).toMatchObject({ status: 'concluded', venue: null });
  });

  it('a session added while the meeting is being cancelled is refused', async () => {
    const actor = await factory.createActor();
    const meeting = await factory.createMeeting();
    let add: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await findMeetingDetail(meeting.id, tx, { lock: true });
      await updateMeetingStatus(meeting.id, { from: 'planned', to: 'cancelled', cancellationReason: 'Host withdrew' }, tx);
      add = outcome(addSession({ actor, input: { meetingId: meeting.id, title: 'Late', startsAt: '2030-01-10T09:00', endsAt: '2030-01-10T10:00', room: null } }));
      await someoneIsWaitingForALock();
    });
    expect(await add).toBe('meetingClosedForEdits');
    expect(await db.select().from(meetingSessions)).toEqual([]);
  });

  it('of two edits made from the same version, exactly one is saved and the other is told what changed', async () => {
    const hana = await factory.createActor({ name: 'Hana Lim' });
    const sato = await factory.createActor({ name: 'Sato Haruka' });
    const meeting = await factory.createMeeting();
    const results = await Promise.all([
      outcome(updateMeeting({ actor: hana, input: factory.meetingEdit(meeting, { venue: 'Lotte Hotel' }) })),
      outcome(updateMeeting({ actor: sato, input: factory.meetingEdit(meeting, { venue: 'Coex' }) })),
    ]);
    expect(results.filter((r) => r === 'saved')).toHaveLength(1);
    expect(results.filter((r) => r === 'meetingChangedMeanwhileBy')).toHaveLength(1);
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(stored?.version).toBe(2);
    expect(stored?.venue).toBe(results[0] === 'saved' ? 'Lotte Hotel' : 'Coex');
  });

  it('a stale edit is refused with who changed what since the version it saw, and changes nothing', async () => {
    const hana = await factory.createActor({ name: 'Hana Lim' });
    const sato = await factory.createActor({ name: 'Sato Haruka' });
    const meeting = await factory.createMeeting({ city: 'Seoul' });
    await updateMeeting({ actor: hana, input: factory.meetingEdit(meeting, { city: 'Incheon', venue: 'Songdo Convensia' }) });
    const error = await updateMeeting({ actor: sato, input: factory.meetingEdit(meeting, { title: 'Sato’s title' }) }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'meetingChangedMeanwhileBy',
      values: { names: 'Hana Lim' },
      changes: [
        { field: 'city', before: { kind: 'text', text: 'Seoul' }, after: { kind: 'text', text: 'Incheon' } },
        { field: 'venue', before: null, after: { kind: 'text', text: 'Songdo Convensia' } },
      ],
    });
    const [stored] = await db.select().from(meetings).where(eq(meetings.id, meeting.id));
    expect(stored).toMatchObject({ title: meeting.title, version: 2 });
  });
});
