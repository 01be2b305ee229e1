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
  const meeting = isId(input.meetingId) ? await findMeetingDetail(input.meetingId) : undefined;
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const [sessions, documents] = await Promise.all([
    listSessions(meeting.id),
    listMeetingDocuments(meeting.id, { publicOnly: true }),
  ]);
  // Who chairs is public, as on a UN meeting's page; the account behind the name is not.
  const { chairUserId: _chair, ...publicMeeting } = meeting;
  return {
    meeting: { ...publicMeeting, publicStatus: publicMeetingStatus(meeting, zonedDate(now, meeting.timeZone)) },
    sessions,
    documents,
    isRegistrationOpen: isRegistrationOpen(meeting, now),
  };
}
