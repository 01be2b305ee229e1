import 'server-only';
import { db } from '@/db/client';
import { findSessionById, updateSession } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { lockMeetingForChange } from './lock-meeting';
import type { EditSessionInput } from './schemas';
import { sessionTimes } from './session-times';

// Staff change a sitting of the timetable (moved to the afternoon, another room), within the
// meeting's days; agenda items placed in it stay placed.
export async function editSession({ actor, input }: { actor: Actor; input: EditSessionInput }): Promise<MeetingSession> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const found = await findSessionById(input.sessionId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'notFound');
    const meeting = await lockMeetingForChange(tx, found.meetingId);
    // Read again under the meeting's lock, so the audit's "before" is what a colleague left, if anyone.
    const before = await findSessionById(found.id, tx);
    if (!before) throw new AppError('NOT_FOUND', 'notFound');
    const values = { title: input.title, room: input.room, ...sessionTimes(input, meeting) };
    const session = (await updateSession(before.id, meeting.id, values, tx))!;
    const fields = changedFields(before, session, ['title', 'startsAt', 'endsAt', 'room']);
    if (Object.keys(fields).length > 0) {
      await recordAudit(tx, actor, { action: 'session.changed', entityType: 'meeting', entityId: meeting.id, change: { fields, sessionId: session.id } });
    }
    return session;
  });
}
