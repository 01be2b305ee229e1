import 'server-only';
import { db } from '@/db/client';
import { insertSessions } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { assertCan, type Actor } from '../permissions';
import { lockMeetingForChange } from './lock-meeting';
import type { AddSessionInput } from './schemas';
import { sessionTimes } from './session-times';

// Staff add a sitting to the timetable, in the meeting's time zone and within its days.
export async function addSession({ actor, input }: { actor: Actor; input: AddSessionInput }): Promise<MeetingSession> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId);
    const times = sessionTimes(input, meeting);
    const [session] = await insertSessions([{ meetingId: meeting.id, title: input.title, room: input.room, ...times }], tx);
    if (!session) throw new Error('insert into meeting_sessions returned no row');
    await recordAudit(tx, actor, {
      action: 'session.added',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { fields: recordFields(session, ['title', 'startsAt', 'endsAt', 'room']), sessionId: session.id },
    });
    return session;
  });
}
