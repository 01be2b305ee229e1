import 'server-only';
import { db } from '@/db/client';
import { findMeetingDetail, insertSessions } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertMeetingNotFrozen } from './lifecycle';
import { zonedLocalToInstant } from '../time-zones';
import type { AddSessionInput } from './schemas';

// Staff add a sitting to the timetable, in the meeting's time zone and within its days.
export async function addSession({ actor, input }: { actor: Actor; input: AddSessionInput }): Promise<MeetingSession> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const meeting = await findMeetingDetail(input.meetingId, tx);
    if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
    assertMeetingNotFrozen(meeting.status);
    const day = input.startsAt.slice(0, 10);
    if (day < meeting.startDate || day > meeting.endDate) {
      throw new AppError('INVALID_STATE', 'sessionOutsideMeeting', { startsAt: 'sessionOutsideMeeting' });
    }
    const [session] = await insertSessions(
      [
        {
          meetingId: meeting.id,
          title: input.title,
          room: input.room,
          startsAt: zonedLocalToInstant(input.startsAt, meeting.timeZone),
          endsAt: zonedLocalToInstant(input.endsAt, meeting.timeZone),
        },
      ],
      tx,
    );
    if (!session) throw new Error('insert into meeting_sessions returned no row');
    await recordAudit(tx, actor, {
      action: 'session.added',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { sessionId: session.id, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt },
    });
    return session;
  });
}
