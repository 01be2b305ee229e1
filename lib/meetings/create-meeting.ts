import 'server-only';
import { db } from '@/db/client';
import { insertMeeting } from '@/db/queries/meetings';
import type { Meeting } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertMeetingReferences, meetingFieldNames, meetingNumberTaken, toMeetingValues } from './meeting-values';
import type { CreateMeetingInput } from './schemas';

// Staff plan a meeting: it starts as `planned`.
export async function createMeeting({ actor, input }: { actor: Actor; input: CreateMeetingInput }): Promise<Meeting> {
  assertCan(actor, 'meetings:manage');
  try {
    return await db.transaction(async (tx) => {
      await assertMeetingReferences(input, tx);
      const meeting = await insertMeeting(toMeetingValues(input), tx);
      await recordAudit(tx, actor, {
        action: 'meeting.created',
        entityType: 'meeting',
        entityId: meeting.id,
        change: { fields: recordFields(meeting, meetingFieldNames), version: meeting.version },
      });
      return meeting;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'meetings_series_number_unique')) throw meetingNumberTaken();
    throw error;
  }
}
