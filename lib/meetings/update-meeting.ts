import 'server-only';
import { db } from '@/db/client';
import { findMeetingDetail, updateMeeting as updateMeetingRow } from '@/db/queries/meetings';
import type { Meeting } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertMeetingNotFrozen } from './lifecycle';
import { assertMeetingReferences, meetingNumberTaken, toMeetingValues } from './meeting-values';
import type { UpdateMeetingInput } from './schemas';

// Staff correct or complete a meeting's details; a concluded or cancelled meeting is a record and stays as it is.
export async function updateMeeting({ actor, input }: { actor: Actor; input: UpdateMeetingInput }): Promise<Meeting> {
  assertCan(actor, 'meetings:manage');
  const { meetingId, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const before = await findMeetingDetail(meetingId, tx);
      if (!before) throw new AppError('NOT_FOUND', 'notFound');
      assertMeetingNotFrozen(before.status);
      await assertMeetingReferences(fields, tx);
      const values = toMeetingValues(fields);
      const meeting = await updateMeetingRow(meetingId, values, tx);
      if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
      const changed = Object.fromEntries(
        Object.entries(values).filter(([key, value]) => String(value) !== String(before[key as keyof typeof before])),
      );
      await recordAudit(tx, actor, { action: 'meeting.updated', entityType: 'meeting', entityId: meeting.id, change: changed });
      return meeting;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'meetings_series_number_unique')) throw meetingNumberTaken();
    throw error;
  }
}
