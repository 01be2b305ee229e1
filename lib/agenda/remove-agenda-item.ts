import 'server-only';
import { db } from '@/db/client';
import { bumpAgendaVersion, deleteAgendaItem, findAgendaItem, listAgendaItems, writeOutline } from '@/db/queries/agenda';
import type { AgendaItem } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { auditedItem, auditedItemFields, lockAgendaForChange } from './agenda-change';
import { numberAgenda, withoutItem } from './outline';
import type { RemoveAgendaItemInput } from './schemas';

// Staff take an item (and its sub-items) off the agenda; the items after it move up.
export async function removeAgendaItem({ actor, input }: { actor: Actor; input: RemoveAgendaItemInput }): Promise<AgendaItem> {
  assertCan(actor, 'agenda:manage');
  return db.transaction(async (tx) => {
    const found = await findAgendaItem(input.itemId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    await lockAgendaForChange(tx, found.meetingId, { reason: input.reason });
    const items = await listAgendaItems(found.meetingId, tx);
    const item = items.find((candidate) => candidate.id === input.itemId);
    if (!item) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    if (item.status !== 'pending') throw new AppError('INVALID_STATE', 'agendaItemAlreadyTakenUp');
    const number = numberAgenda(items).find((entry) => entry.id === item.id)!.number;
    await deleteAgendaItem(item.id, tx);
    await writeOutline(item.meetingId, withoutItem(items, item.id), tx);
    await bumpAgendaVersion(item.meetingId, tx);
    await recordAudit(tx, actor, {
      action: 'agenda.item_removed',
      entityType: 'meeting',
      entityId: item.meetingId,
      change: {
        fields: { number: { before: number }, ...recordFields(auditedItem(item), auditedItemFields, 'before') },
        itemId: item.id,
        ...(input.reason && { reason: input.reason }),
      },
    });
    return item;
  });
}
