import 'server-only';
import type { Tx } from '@/db/client';
import { ensureAgenda, insertAgendaItem, listAgendaItems } from '@/db/queries/agenda';
import { numberAgenda } from './outline';

/**
 * Starts a new meeting's provisional agenda with the recurring items of an earlier one (opening,
 * adoption of the agenda, other matters, closing), in their order, as pending items without
 * sessions, documents or outcomes. Returns how many were copied.
 */
export async function copyRecurringItems(tx: Tx, fromMeetingId: string, toMeetingId: string): Promise<number> {
  const recurring = numberAgenda(await listAgendaItems(fromMeetingId, tx)).filter((item) => item.isRecurring && item.level === 1);
  if (recurring.length === 0) return 0;
  await ensureAgenda(toMeetingId, tx);
  for (const [position, item] of recurring.entries()) {
    await insertAgendaItem(
      {
        meetingId: toMeetingId,
        parentId: null,
        position,
        title: item.title,
        annotation: item.annotation,
        kind: item.kind,
        presenterKind: item.presenterKind,
        presenterPartyId: item.presenterPartyId,
        presenterName: item.presenterName,
        durationMinutes: item.durationMinutes,
        isRecurring: true,
      },
      tx,
    );
  }
  return recurring.length;
}
