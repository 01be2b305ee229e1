import 'server-only';
import { db } from '@/db/client';
import { findMeetingDetail, insertMeeting, insertSessions, listSessions } from '@/db/queries/meetings';
import type { Meeting } from '@/db/schema';
import { copyRecurringItems } from '../agenda/copy-recurring-items';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { addDays, daysBetween } from '../time-zones';
import { meetingNumberTaken } from './meeting-values';
import type { PlanNextMeetingInput } from './schemas';
import { shiftTimetable } from './shift-timetable';

// Staff plan the next meeting of a series from the last one: the same series and length, the next
// number, the timetable moved to the new dates; the place, chair, registrations and documents are not copied.
export async function planNextMeeting({ actor, input }: { actor: Actor; input: PlanNextMeetingInput }): Promise<Meeting> {
  assertCan(actor, 'meetings:manage');
  try {
    return await db.transaction(async (tx) => {
      const source = await findMeetingDetail(input.meetingId, tx);
      if (!source) throw new AppError('NOT_FOUND', 'notFound');
      const shiftDays = daysBetween(source.startDate, input.startDate);
      const meeting = await insertMeeting(
        {
          seriesId: source.seriesId,
          number: source.number + 1,
          title: input.title,
          startDate: input.startDate,
          endDate: addDays(input.startDate, daysBetween(source.startDate, source.endDate)),
          timeZone: source.timeZone,
          format: source.format,
        },
        tx,
      );
      const sessions = await listSessions(source.id, tx);
      await insertSessions(shiftTimetable(sessions, shiftDays, source.timeZone, meeting.id), tx);
      const agendaItemsCopied = input.copyRecurringAgendaItems ? await copyRecurringItems(tx, source.id, meeting.id) : 0;
      await recordAudit(tx, actor, {
        action: 'meeting.planned_from_previous',
        entityType: 'meeting',
        entityId: meeting.id,
        change: {
          fields: recordFields(meeting, ['seriesId', 'number', 'title', 'startDate', 'endDate', 'timeZone', 'format']),
          plannedFrom: source.title,
          sessionsCopied: sessions.length,
          ...(agendaItemsCopied > 0 && { agendaItemsCopied }),
          version: meeting.version,
        },
      });
      return meeting;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'meetings_series_number_unique')) throw meetingNumberTaken();
    throw error;
  }
}
