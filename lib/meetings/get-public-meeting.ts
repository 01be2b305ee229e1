import 'server-only';
import { findMeetingWithLists } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { isRegistrationOpen, publicMeetingStatus } from './lifecycle';

// What anyone, signed in or not, may know of a meeting: when and where, who chairs it, its timetable
// and public papers.
export async function getPublicMeeting({ input, now = new Date() }: { input: { meetingId: string }; now?: Date }) {
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const found = await findMeetingWithLists(input.meetingId, { publicDocumentsOnly: true });
  if (!found) throw new AppError('NOT_FOUND', 'notFound');
  const { meeting, sessions, documents } = found;
  // Who chairs is public, as on a UN meeting's page; the account behind the name is not.
  const { chairUserId: _chair, ...publicMeeting } = meeting;
  return {
    meeting: { ...publicMeeting, publicStatus: publicMeetingStatus(meeting, zonedDate(now, meeting.timeZone)) },
    sessions,
    documents,
    isRegistrationOpen: isRegistrationOpen(meeting, now),
  };
}
