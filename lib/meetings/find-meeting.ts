import 'server-only';
import { findMeetingDetail, type MeetingDetail } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { isId } from '../schemas';

/** A meeting by the id in an address: an id that is none, like a meeting that is gone, is "not found". */
export async function findMeetingOrNotFound(meetingId: string): Promise<MeetingDetail> {
  if (!isId(meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const meeting = await findMeetingDetail(meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  return meeting;
}
