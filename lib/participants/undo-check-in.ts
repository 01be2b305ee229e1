import 'server-only';
import { db } from '@/db/client';
import { deleteCheckIn, findParticipant } from '@/db/queries/participants';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { lockMeetingForAttendance } from './check-in-participant';
import type { UndoCheckInInput } from './schemas';

// Staff take back a check-in made by mistake (the wrong person, the wrong day). Undoing one that is
// not there changes nothing, as checking in twice does.
export async function undoCheckIn({ actor, input }: { actor: Actor; input: UndoCheckInInput }) {
  assertCan(actor, 'participants:checkIn');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForAttendance(tx, input.meetingId);
    const participant = await findParticipant(meeting.id, input.registrationId, tx);
    if (!participant) throw new AppError('NOT_FOUND', 'notFound');
    const removed = await deleteCheckIn(participant.id, input.day, tx);
    if (removed) {
      await recordAudit(tx, actor, {
        action: 'participant.check_in_undone',
        entityType: 'registration',
        entityId: participant.id,
        change: { fields: { day: { before: input.day } }, meetingId: meeting.id },
      });
    }
    return { meetingId: meeting.id, registrationId: participant.id, day: input.day, isRemoved: Boolean(removed) };
  });
}
