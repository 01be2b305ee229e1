import 'server-only';
import { listMeetingReviews } from '@/db/queries/programme';
import { can, type Actor } from '../permissions';
import { isId } from '../schemas';
import { linkedAgendaItems } from './agenda-links';

// The reviews due at a meeting, each with the agenda item it is taken up under, for the meeting's
// page and its agenda: none for a reader who may not read the programme.
export async function getMeetingReviews({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  if (!can(actor, 'programme:read') || !isId(input.meetingId)) return [];
  const reviews = await listMeetingReviews(input.meetingId);
  const items = await linkedAgendaItems(reviews);
  return reviews.map((review) => ({ ...review, agendaItem: review.agendaItemId ? (items.get(review.agendaItemId) ?? null) : null }));
}
