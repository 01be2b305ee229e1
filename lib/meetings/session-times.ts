import type { MeetingDetail } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { zonedLocalToInstant } from '../time-zones';
import { isWithinMeetingDays } from './shift-timetable';

/**
 * A sitting's times as instants, from the form's local times in the meeting's zone; refused, on the
 * field at fault, when they fall outside the meeting's days.
 */
export function sessionTimes(
  input: { startsAt: string; endsAt: string },
  meeting: Pick<MeetingDetail, 'startDate' | 'endDate' | 'timeZone'>,
): { startsAt: Date; endsAt: Date } {
  const times = { startsAt: zonedLocalToInstant(input.startsAt, meeting.timeZone), endsAt: zonedLocalToInstant(input.endsAt, meeting.timeZone) };
  if (!isWithinMeetingDays(times, meeting)) {
    const startDay = input.startsAt.slice(0, 10);
    const field = startDay < meeting.startDate || startDay > meeting.endDate ? 'startsAt' : 'endsAt';
    throw new AppError('INVALID_STATE', 'sessionOutsideMeeting', { [field]: 'sessionOutsideMeeting' });
  }
  return times;
}
