import 'server-only';
import type { Tx } from '@/db/client';
import { findMeetingDetail, type MeetingDetail } from '@/db/queries/meetings';
import { changesSinceVersion } from '../audit-log/describe-events';
import { AppError } from '../errors';
import { assertMeetingNotFrozen } from './lifecycle';

type LockOptions = {
  /**
   * Refuses a meeting that no longer takes this kind of change; by default, one that is concluded
   * or cancelled. Checked after the lock is held, so it cannot change before the write.
   */
  assertAccepts?: (meeting: MeetingDetail) => void;
  /** The version the user's form showed: a meeting saved since is refused, saying what changed. */
  basedOnVersion?: number;
};

/**
 * The one way into a change of a meeting or of anything under it (details, sessions, documents,
 * and later registrations, agenda items, statements). It takes the meeting's row lock until the
 * transaction ends, so a status change and an edit never interleave: whichever comes second sees
 * the first one's result. Then it checks the meeting still takes the change.
 */
export async function lockMeetingForChange(tx: Tx, meetingId: string, options: LockOptions = {}): Promise<MeetingDetail> {
  const meeting = await findMeetingDetail(meetingId, tx, { lock: true });
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  (options.assertAccepts ?? ((m) => assertMeetingNotFrozen(m.status)))(meeting);
  if (options.basedOnVersion !== undefined && options.basedOnVersion !== meeting.version) {
    const { changes, by } = await changesSinceVersion({ entityType: 'meeting', entityId: meeting.id }, options.basedOnVersion, tx);
    throw new AppError('CONFLICT', by.length > 0 ? 'meetingChangedMeanwhileBy' : 'meetingChangedMeanwhile', undefined, {
      values: { names: by.join(', ') },
      changes,
    });
  }
  return meeting;
}
