import 'server-only';
import { listMeetingDocuments } from '@/db/queries/documents';
import { findMeetingDetail, listSessions } from '@/db/queries/meetings';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { isRegistrationOpen, publicMeetingStatus } from './lifecycle';

// What anyone, signed in or not, may know of a meeting: when and where, who chairs it, its timetable
// and public papers.
export async function getPublicMeeting({ input, now = new Date() }: { input: { meetingId: string }; now?: Date }) {
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const [meeting, sessions, documents] = await Promise.all([
    findMeetingDetail(input.meetingId),
    listSessions(input.meetingId),
    listMeetingDocuments(input.meetingId, { publicOnly: true }),
  ]);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  // Who chairs is public, as on a UN meeting's page; the account behind the name is not.
  const { chairUserId: _chair, ...publicMeeting } = meeting;
  return {
    meeting: { ...publicMeeting, publicStatus: publicMeetingStatus(meeting, zonedDate(now, meeting.timeZone)) },
    sessions,
    documents,
    isRegistrationOpen: isRegistrationOpen(meeting, now),
  };
}
