import 'server-only';
import { db, type Tx } from '@/db/client';
import { countMeetingDocuments } from '@/db/queries/documents';
import { listSessions, updateMeeting as updateMeetingRow, updateSessionTimes, type MeetingDetail } from '@/db/queries/meetings';
import type { Meeting, NewMeeting } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { daysBetween } from '../time-zones';
import { lockMeetingForChange } from './lock-meeting';
import { assertMeetingReferences, meetingFieldNames, meetingNumberTaken, toMeetingValues } from './meeting-values';
import type { UpdateMeetingInput } from './schemas';
import { isWithinMeetingDays, shiftSessionTimes } from './shift-timetable';

/**
 * New dates or a new time zone take the timetable along: each session keeps its wall-clock time and
 * its place among the days. A session the new days cannot hold refuses the whole edit.
 */
async function moveTimetable(tx: Tx, before: MeetingDetail, after: Pick<NewMeeting, 'startDate' | 'endDate' | 'timeZone'>): Promise<number> {
  const days = daysBetween(before.startDate, after.startDate);
  const sessions = await listSessions(before.id, tx);
  const moved = sessions.map((session) => shiftSessionTimes(session, days, before.timeZone, after.timeZone));
  if (moved.some((session) => !isWithinMeetingDays(session, after))) {
    throw new AppError('INVALID_STATE', 'timetableOutsideNewDates', { endDate: 'timetableOutsideNewDates' });
  }
  const changed = moved.filter((session, i) => session.startsAt.getTime() !== sessions[i]!.startsAt.getTime());
  await updateSessionTimes(changed, tx);
  return changed.length;
}

// Staff correct or complete a meeting's details, over the version they saw; a concluded or cancelled
// meeting is a record and stays as it is.
export async function updateMeeting({ actor, input }: { actor: Actor; input: UpdateMeetingInput }): Promise<Meeting> {
  assertCan(actor, 'meetings:manage');
  const { meetingId, version, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const before = await lockMeetingForChange(tx, meetingId, { basedOnVersion: version });
      await assertMeetingReferences(fields, tx);
      const values = toMeetingValues(fields);
      // Symbols carry the series and number (SOM(26)/1): once documents have them, they stay.
      const isRenumbered = values.seriesId !== before.seriesId || values.number !== before.number;
      if (isRenumbered && (await countMeetingDocuments(meetingId, tx)) > 0) {
        throw new AppError('INVALID_STATE', 'numberFixedByDocuments', { number: 'numberFixedByDocuments' });
      }
      const sessionsMoved = await moveTimetable(tx, before, values);
      const meeting = await updateMeetingRow(meetingId, values, tx);
      if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
      await recordAudit(tx, actor, {
        action: 'meeting.updated',
        entityType: 'meeting',
        entityId: meeting.id,
        change: { fields: changedFields(before, values, meetingFieldNames), version: meeting.version, ...(sessionsMoved > 0 && { sessionsMoved }) },
      });
      return meeting;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'meetings_series_number_unique')) throw meetingNumberTaken();
    throw error;
  }
}
