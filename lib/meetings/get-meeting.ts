import 'server-only';
import { findMeetingOverview } from '@/db/queries/meetings';
import { listMeetingReviews } from '@/db/queries/programme';
import { numberAgenda } from '../agenda/outline';
import { AppError } from '../errors';
import { isId } from '../schemas';
import { assertCan, can as canDo, type Actor } from '../permissions';
import { agendaItemsById } from '../programme/agenda-links';
import { getParticipation } from '../registrations/read';
import { readablePapers } from '../documents/readable-papers';
import { paperUsesOf } from '../documents/withdrawal';
import { readableMeetingStatements } from '../statements/readable-meeting-statements';
import { zonedDate } from '../time-zones';
import { meetingAbilities } from './abilities';

// A meeting's page: its details, timetable, the documents the reader may see, a glance at its agenda,
// the project reviews due and its statements, with what the reader may do. The meeting and its lists
// are one read, so the page costs the same few statements however much the meeting holds.
export async function getMeeting({ actor, input, now = new Date() }: { actor: Actor; input: { meetingId: string }; now?: Date }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const readsReviews = canDo(actor, 'programme:read');
  const [found, reviews] = await Promise.all([
    findMeetingOverview(input.meetingId),
    readsReviews ? listMeetingReviews(input.meetingId) : Promise.resolve([]),
  ]);
  if (!found) throw new AppError('NOT_FOUND', 'notFound');
  const { meeting, sessions, agenda, agendaItems, statements } = found;
  const today = zonedDate(now, meeting.timeZone);
  // What the actor may do about registrations (register, moderate...), with the counts they may read.
  const participation = await getParticipation({ actor, meeting, now });
  const can = { ...meetingAbilities(actor, meeting, today), ...participation.can };
  // Restricted and withdrawn papers were read with the rest and are dropped here, before anything leaves.
  const documents = readablePapers(found.documents, { readRestricted: can.readRestricted, readWithdrawn: canDo(actor, 'meetings:manage') });
  const inDiscussion = numberAgenda(agendaItems).find((item) => item.status === 'in_discussion');
  // Reviews due here are taken up under this meeting's own items.
  const items = agendaItemsById(agendaItems.map((item) => ({ ...item, meetingId: meeting.id })));
  return {
    meeting,
    sessions,
    documents,
    paperUses: paperUsesOf(statements, agenda),
    can,
    today,
    registrationCounts: participation.counts,
    ownRegistrationStatus: participation.ownStatus,
    agenda: {
      status: agenda?.status ?? ('provisional' as const),
      itemCount: agendaItems.length,
      inDiscussion: inDiscussion ? { number: inDiscussion.number, title: inDiscussion.title } : null,
    },
    reviews: reviews.map((review) => ({ ...review, agendaItem: review.agendaItemId ? (items.get(review.agendaItemId) ?? null) : null })),
    statements: readableMeetingStatements(actor, meeting, statements),
  };
}
