import 'server-only';
import { db } from '@/db/client';
import { findAgendaItem, updateAgendaItemRow } from '@/db/queries/agenda';
import type { AgendaItem } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertInSession, lockAgendaForChange } from './agenda-change';
import type { RecordOutcomeInput } from './schemas';

// At the meeting, its chair or the secretariat records what the meeting decided on an item.
export async function recordOutcome({ actor, input }: { actor: Actor; input: RecordOutcomeInput }): Promise<AgendaItem> {
  return db.transaction(async (tx) => {
    const found = await findAgendaItem(input.itemId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    const { meeting } = await lockAgendaForChange(tx, found.meetingId);
    assertCan(actor, 'agenda:conduct', { meeting });
    assertInSession(meeting);
    const before = (await findAgendaItem(input.itemId, tx))!;
    const item = (await updateAgendaItemRow(before.id, { outcome: input.outcome }, tx))!;
    await recordAudit(tx, actor, {
      action: 'agenda.outcome_recorded',
      entityType: 'meeting',
      entityId: meeting.id,
      change: { fields: { outcome: { before: before.outcome, after: item.outcome } }, title: item.title, itemId: item.id },
    });
    return item;
  });
}
