import 'server-only';
import { db } from '@/db/client';
import { updateMeetingStatus } from '@/db/queries/meetings';
import type { Meeting } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { assertTransition, calendarWarning, transitionPermission } from './lifecycle';
import { lockMeetingForChange } from './lock-meeting';
import type { ChangeMeetingStatusInput } from './schemas';

// Staff move a meeting along its lifecycle (open or close registration, start, conclude), or cancel
// it with a reason; the meeting's chair opens its session and concludes it. Doing either outside the
// meeting's days needs the user's confirmation.
export async function changeMeetingStatus({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: ChangeMeetingStatusInput;
  now?: Date;
}): Promise<Meeting> {
  return db.transaction(async (tx) => {
    // Any status may change here: the lifecycle table below decides which steps a status allows.
    const current = await lockMeetingForChange(tx, input.meetingId, { assertAccepts: () => {} });
    assertCan(actor, transitionPermission(input.status), { meeting: current });
    assertTransition(current.status, input.status);
    const warning = calendarWarning(input.status, current, zonedDate(now, current.timeZone));
    if (warning && !input.confirmOutsideDates) {
      throw new AppError('INVALID_STATE', `calendar.${warning}`, undefined, {
        values: { startDate: current.startDate, endDate: current.endDate },
      });
    }
    const cancellationReason = input.status === 'cancelled' ? input.reason : null;
    // Guarded in SQL too: if the status moved meanwhile, nothing is updated.
    const meeting = await updateMeetingStatus(input.meetingId, { from: current.status, to: input.status, cancellationReason }, tx);
    if (!meeting) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'meeting.status_changed',
      entityType: 'meeting',
      entityId: meeting.id,
      change: {
        fields: changedFields(current, meeting, ['status', 'cancellationReason']),
        version: meeting.version,
        ...(warning && { confirmedOutsideDates: warning }),
      },
    });
    return meeting;
  });
}
