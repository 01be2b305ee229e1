import 'server-only';
import { listAgendaOutlines } from '@/db/queries/agenda';
import { numberAgendas, type OutlineItem } from '../agenda/outline';

/** An agenda item as a review names it: its number in its meeting's agenda as it stands, and its title. */
export type LinkedAgendaItem = { id: string; meetingId: string; number: string; title: string };

/**
 * The items of these agendas as reviews name them, by id. Numbers are derived from the whole agenda
 * (lib/agenda/outline.ts), so each meeting's items must all be there.
 */
export function agendaItemsById(outlines: readonly (OutlineItem & { meetingId: string; title: string })[]): Map<string, LinkedAgendaItem> {
  return new Map(numberAgendas(outlines).map(({ id, meetingId, number, title }) => [id, { id, meetingId, number, title }]));
}

/** The agenda items these reviews are linked to, by id. */
export async function linkedAgendaItems(reviews: { meetingId: string; agendaItemId: string | null }[]): Promise<Map<string, LinkedAgendaItem>> {
  const linked = reviews.filter((review) => review.agendaItemId !== null);
  return agendaItemsById(await listAgendaOutlines([...new Set(linked.map((review) => review.meetingId))]));
}

/** The items of kind project_review on these meetings' agendas: what a review may be linked to. */
export async function projectReviewItems(meetingIds: string[]): Promise<LinkedAgendaItem[]> {
  const items = numberAgendas(await listAgendaOutlines([...new Set(meetingIds)]));
  return items.filter((item) => item.kind === 'project_review').map(({ id, meetingId, number, title }) => ({ id, meetingId, number, title }));
}
