import 'server-only';
import { db, type Tx } from '@/db/client';
import { findParticipant, insertCheckIn } from '@/db/queries/participants';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { checkInDayRefusal } from './meeting-days';
import type { CheckInInput } from './schemas';

/** The meeting's lock for recording attendance: after it concludes too (a late sheet), never once cancelled. */
export function lockMeetingForAttendance(tx: Tx, meetingId: string) {
  return lockMeetingForChange(tx, meetingId, {
    assertAccepts: (m) => {
      if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'checkInMeetingCancelled');
    },
  });
}

// Staff at the door mark an approved participant present on a day of the meeting (today, where the
// meeting is held, unless an earlier day is named). Checking in twice is one record: the second does nothing.
export async function checkInParticipant({ actor, input, now = new Date() }: { actor: Actor; input: CheckInInput; now?: Date }) {
  assertCan(actor, 'participants:checkIn');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForAttendance(tx, input.meetingId);
    const participant = await findParticipant(meeting.id, input.registrationId, tx);
    if (!participant) throw new AppError('NOT_FOUND', 'notFound');
    if (participant.status !== 'approved') throw new AppError('INVALID_STATE', 'checkInNotApproved');
    const today = zonedDate(now, meeting.timeZone);
    const day = input.day ?? today;
    const refusal = checkInDayRefusal(meeting, day, today);
    if (refusal) throw new AppError('INVALID_STATE', refusal, undefined, { values: { day } });
    const checkIn = await insertCheckIn({ registrationId: participant.id, day, checkedInByUserId: actor.id }, tx);
    if (checkIn) {
      await recordAudit(tx, actor, {
        action: 'participant.checked_in',
        entityType: 'registration',
        entityId: participant.id,
        change: { fields: { day: { after: day } }, meetingId: meeting.id },
      });
    }
    return { meetingId: meeting.id, registrationId: participant.id, day, isNew: Boolean(checkIn) };
  });
}
