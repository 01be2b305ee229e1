import 'server-only';
import { db } from '@/db/client';
import { insertSessions } from '@/db/queries/meetings';
import type { MeetingSession } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { zonedLocalToInstant } from '../time-zones';
import { lockMeetingForChange } from './lock-meeting';
import type { AddSessionInput } from './schemas';
import { isWithinMeetingDays } from './shift-timetable';

// Staff add a sitting to the timetable, in the meeting's time zone and within its days.
export async function addSession({ actor, input }: { actor: Actor; input: AddSessionInput }): Promise<MeetingSession> {
  assertCan(actor, 'meetings:manage');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId);
    const times = { startsAt: zonedLocalToInstant(input.startsAt, meeting.timeZone), endsAt: zonedLocalToInstant(input.endsAt, meeting.timeZone) };
    if (!isWithinMeetingDays(times, meeting)) {
      const field = input.startsAt.slice(0, 10) < meeting.startDate || input.startsAt.slice(0, 10) > meeting.endDate ? 'startsAt' : 'endsAt';
      throw new AppError('INVALID_STATE', 'sessionOutsideMeeting', { [field]: 'sessionOutsideMeeting' });
    }
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
