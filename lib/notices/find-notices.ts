import 'server-only';
import { countUnregisteredFocalPoints, listMeetingNotices, listNoticeContacts } from '@/db/queries/notices';
import { findRegistrationOfPerson } from '@/db/queries/registrations';
import { AppError } from '../errors';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { pageWindow, toPage } from '../pagination';
import { assertCan, can, type Actor } from '../permissions';
import { isId } from '../schemas';
import { audienceRefusal, audienceSizes, audiencesOf } from './recipients';

// The notices page. Staff see how many people each audience reaches, to write a notice, and every
// notice sent, newest first. A registered participant reads the notices to the audiences their
// registration is in now; anyone else is refused.
export async function findNotices({ actor, input }: { actor: Actor; input: { meetingId: string; page: number } }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const window = pageWindow(input.page);
  if (can(actor, 'participants:notify')) {
    const [meeting, contacts, { rows, total }] = await Promise.all([
      findMeetingOrNotFound(input.meetingId),
      listNoticeContacts(input.meetingId),
      listMeetingNotices(input.meetingId, window),
    ]);
    // The focal points are counted only while they may still be reminded to register.
    const focalPoints = audienceRefusal('unregistered', meeting) ? 0 : await countUnregisteredFocalPoints(meeting.id);
    return { meeting: summary(meeting), notices: toPage(rows, total, window), canSend: true as const, audienceSizes: audienceSizes(contacts, focalPoints, meeting) };
  }
  const [meeting, own] = await Promise.all([
    findMeetingOrNotFound(input.meetingId),
    findRegistrationOfPerson(input.meetingId, { userId: actor.id, email: actor.email }),
  ]);
  const audiences = own ? audiencesOf(own) : [];
  if (audiences.length === 0) throw new AppError('FORBIDDEN', 'noticesForParticipants');
  const { rows, total } = await listMeetingNotices(meeting.id, { ...window, audiences });
  return { meeting: summary(meeting), notices: toPage(rows, total, window), canSend: false as const, audienceSizes: null };
}

const summary = (meeting: { id: string; title: string; timeZone: string }) => ({ id: meeting.id, title: meeting.title, timeZone: meeting.timeZone });
