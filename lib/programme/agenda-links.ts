import 'server-only';
import { listAgendaOutlines } from '@/db/queries/agenda';
import { numberAgendas } from '../agenda/outline';

/** An agenda item as a review names it: its number in its meeting's agenda as it stands, and its title. */
export type LinkedAgendaItem = { id: string; meetingId: string; number: string; title: string };

// Numbers are derived from the whole agenda (lib/agenda/outline.ts), so each meeting's items are read in full.
async function numberedItems(meetingIds: string[]) {
  return numberAgendas(await listAgendaOutlines([...new Set(meetingIds)]));
}

/** The agenda items these reviews are linked to, by id. */
export async function linkedAgendaItems(reviews: { meetingId: string; agendaItemId: string | null }[]): Promise<Map<string, LinkedAgendaItem>> {
  const linked = reviews.filter((review) => review.agendaItemId !== null);
  const items = await numberedItems(linked.map((review) => review.meetingId));
  return new Map(items.map(({ id, meetingId, number, title }) => [id, { id, meetingId, number, title }]));
}

/** The items of kind project_review on these meetings' agendas: what a review may be linked to. */
export async function projectReviewItems(meetingIds: string[]): Promise<LinkedAgendaItem[]> {
  const items = await numberedItems(meetingIds);
  return items.filter((item) => item.kind === 'project_review').map(({ id, meetingId, number, title }) => ({ id, meetingId, number, title }));
}
