import 'server-only';
import { db } from '@/db/client';
import { bumpAgendaVersion, countMeetingDocumentsAmong, findAgendaItem, insertAgendaItem, listAgendaItems, replaceItemDocuments } from '@/db/queries/agenda';
import { findSessionById } from '@/db/queries/meetings';
import type { AgendaItem } from '@/db/schema';
import type { Tx } from '@/db/client';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { auditedItem, auditedItemFields, lockAgendaForChange } from './agenda-change';
import { numberAgenda } from './outline';
import type { AddAgendaItemInput, AgendaItemFields } from './schemas';
import { maxAgendaDepth } from './values';

/** The item's session and documents must be the meeting's own. */
export async function assertItemReferences(meetingId: string, input: AgendaItemFields, tx: Tx): Promise<void> {
  if (input.sessionId) {
    const session = await findSessionById(input.sessionId, tx);
    if (!session || session.meetingId !== meetingId) throw new AppError('NOT_FOUND', 'sessionInvalid', { sessionId: 'sessionInvalid' });
  }
  const documentIds = [...new Set(input.documentIds)];
  if ((await countMeetingDocumentsAmong(meetingId, documentIds, tx)) !== documentIds.length) {
    throw new AppError('NOT_FOUND', 'documentInvalid', { documentIds: 'documentInvalid' });
  }
}

export function itemValues(input: AgendaItemFields) {
  return {
    title: input.title,
    annotation: input.annotation,
    kind: input.kind,
    presenterKind: input.presenterKind,
    presenterPartyId: input.presenterKind === 'party' ? input.presenterPartyId : null,
    presenterName: input.presenterKind === 'person' ? input.presenterName : null,
    durationMinutes: input.durationMinutes,
    sessionId: input.sessionId,
    isRecurring: input.isRecurring,
  };
}

// Staff add an item at the end of the agenda, or as the last sub-item of a top-level item.
export async function addAgendaItem({ actor, input }: { actor: Actor; input: AddAgendaItemInput }): Promise<AgendaItem> {
  assertCan(actor, 'agenda:manage');
  return db.transaction(async (tx) => {
    await lockAgendaForChange(tx, input.meetingId, { reason: input.reason });
    const items = await listAgendaItems(input.meetingId, tx);
    if (input.parentId) {
      const parent = numberAgenda(items).find((item) => item.id === input.parentId);
      if (!parent) throw new AppError('NOT_FOUND', 'agendaItemNotFound', { parentId: 'agendaItemNotFound' });
      if (parent.level >= maxAgendaDepth) throw new AppError('INVALID_STATE', 'agendaTooDeep', { parentId: 'agendaTooDeep' });
    }
    await assertItemReferences(input.meetingId, input, tx);
    if (input.carriedFromItemId) {
      const earlier = await findAgendaItem(input.carriedFromItemId, tx);
      if (!earlier || earlier.meetingId === input.meetingId) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    }
    const position = items.filter((item) => item.parentId === (input.parentId ?? null)).length;
    const item = await insertAgendaItem(
      { meetingId: input.meetingId, parentId: input.parentId, position, ...itemValues(input), carriedFromItemId: input.carriedFromItemId ?? null },
      tx,
    );
    await replaceItemDocuments(item.id, [...new Set(input.documentIds)], tx);
    await bumpAgendaVersion(input.meetingId, tx);
    const number = numberAgenda([...items, item]).find((entry) => entry.id === item.id)!.number;
    await recordAudit(tx, actor, {
      action: 'agenda.item_added',
      entityType: 'meeting',
      entityId: input.meetingId,
      change: { fields: { number: { after: number }, ...recordFields(auditedItem(item), auditedItemFields) }, itemId: item.id, ...(input.reason && { reason: input.reason }) },
    });
    return item;
  });
}
