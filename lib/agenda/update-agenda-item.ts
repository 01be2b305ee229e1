import 'server-only';
import { db } from '@/db/client';
import { bumpAgendaVersion, findAgendaItem, listAgendaItems, replaceItemDocuments, updateAgendaItemRow } from '@/db/queries/agenda';
import type { AgendaItem } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertItemReferences, itemValues } from './add-agenda-item';
import { auditedItem, auditedItemFields, lockAgendaForChange } from './agenda-change';
import { numberAgenda } from './outline';
import type { UpdateAgendaItemInput } from './schemas';

// Staff change an item's title, annotation, kind, presenter, time, session or documents; an adopted
// agenda changes only with a reason.
export async function updateAgendaItem({ actor, input }: { actor: Actor; input: UpdateAgendaItemInput }): Promise<AgendaItem> {
  assertCan(actor, 'agenda:manage');
  return db.transaction(async (tx) => {
    const found = await findAgendaItem(input.itemId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    await lockAgendaForChange(tx, found.meetingId, { reason: input.reason });
    const before = await findAgendaItem(input.itemId, tx);
    if (!before) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    await assertItemReferences(before.meetingId, input, tx);
    const item = (await updateAgendaItemRow(before.id, itemValues(input), tx))!;
    await replaceItemDocuments(item.id, [...new Set(input.documentIds)], tx);
    await bumpAgendaVersion(item.meetingId, tx);
    const number = numberAgenda(await listAgendaItems(item.meetingId, tx)).find((entry) => entry.id === item.id)?.number;
    await recordAudit(tx, actor, {
      action: 'agenda.item_updated',
      entityType: 'meeting',
      entityId: item.meetingId,
      change: {
        fields: changedFields(auditedItem(before), auditedItem(item), auditedItemFields),
        number,
        itemId: item.id,
        ...(input.reason && { reason: input.reason }),
      },
    });
    return item;
  });
}
