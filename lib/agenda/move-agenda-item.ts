import 'server-only';
import { db } from '@/db/client';
import { bumpAgendaVersion, listAgendaItems, writeOutline } from '@/db/queries/agenda';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { lockAgendaForChange } from './agenda-change';
import { applyMove, numberAgenda } from './outline';
import type { MoveAgendaItemInput } from './schemas';

export type MovedAgenda = { meetingId: string; version: number; outline: { id: string; parentId: string | null; position: number }[] };

// Staff reorder the agenda (drag and drop, or the move and indent buttons): the item goes under
// `parentId` at `index`, and every number follows. Moves are taken one at a time under the meeting's
// lock, and one made from an older order than the stored one is refused.
export async function moveAgendaItem({ actor, input }: { actor: Actor; input: MoveAgendaItemInput }): Promise<MovedAgenda> {
  assertCan(actor, 'agenda:manage');
  return db.transaction(async (tx) => {
    await lockAgendaForChange(tx, input.meetingId, { reason: input.reason, basedOnVersion: input.version });
    const items = await listAgendaItems(input.meetingId, tx);
    const moved = applyMove(items, { itemId: input.itemId, parentId: input.parentId, index: input.index });
    if (!moved.ok) throw new AppError(moved.reason === 'agendaItemNotFound' ? 'NOT_FOUND' : 'INVALID_STATE', moved.reason);
    const before = numberAgenda(items).find((entry) => entry.id === input.itemId)!;
    const after = numberAgenda(moved.items).find((entry) => entry.id === input.itemId)!;
    await writeOutline(input.meetingId, moved.items, tx);
    const agenda = await bumpAgendaVersion(input.meetingId, tx);
    await recordAudit(tx, actor, {
      action: 'agenda.item_moved',
      entityType: 'meeting',
      entityId: input.meetingId,
      change: {
        fields: { number: { before: before.number, after: after.number } },
        title: before.title,
        itemId: input.itemId,
        ...(input.reason && { reason: input.reason }),
      },
    });
    return {
      meetingId: input.meetingId,
      version: agenda.version,
      outline: moved.items.map(({ id, parentId, position }) => ({ id, parentId, position })),
    };
  });
}
