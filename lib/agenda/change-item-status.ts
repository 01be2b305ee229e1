import 'server-only';
import { db } from '@/db/client';
import { findAgendaItem, listAgendaItems, updateItemStatus } from '@/db/queries/agenda';
import type { AgendaItem } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { endTurnOnItem } from '../floor/change-floor-request';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertInSession, lockAgendaForChange } from './agenda-change';
import { leaveDiscussion, takeUp } from './discussion-time';
import { assertItemTransition } from './lifecycle';
import { numberAgenda } from './outline';
import type { ChangeItemStatusInput } from './schemas';

// At the meeting, its chair or the secretariat takes an item up (in discussion), concludes it or
// defers it. One item is in discussion at a time; leaving discussion ends the speaker's turn on it.
export async function changeItemStatus({ actor, input, now = appNow() }: { actor: Actor; input: ChangeItemStatusInput; now?: Date }): Promise<AgendaItem> {
  return db.transaction(async (tx) => {
    const found = await findAgendaItem(input.itemId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    const { meeting } = await lockAgendaForChange(tx, found.meetingId);
    assertCan(actor, 'agenda:conduct', { meeting });
    assertInSession(meeting);
    const items = await listAgendaItems(meeting.id, tx);
    const current = items.find((item) => item.id === input.itemId)!;
    assertItemTransition(current.status, input.status);
    if (input.status === 'in_discussion' && items.some((item) => item.status === 'in_discussion')) {
      throw new AppError('INVALID_STATE', 'agendaAnotherItemInDiscussion');
    }
    // The clock of the item runs while it is in discussion, and keeps what it counted when it leaves.
    const discussion = input.status === 'in_discussion' ? takeUp(current, now) : current.status === 'in_discussion' ? leaveDiscussion(current, now) : current;
    const item = await updateItemStatus(
      current.id,
      { from: current.status, to: input.status, discussion: { discussionStartedAt: discussion.discussionStartedAt, discussedSeconds: discussion.discussedSeconds } },
      tx,
    );
    if (!item) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
    if (current.status === 'in_discussion') await endTurnOnItem(tx, actor, item.id, now);
    await recordAudit(tx, actor, {
      action: 'agenda.item_status_changed',
      entityType: 'meeting',
      entityId: meeting.id,
      change: {
        fields: { itemStatus: { before: current.status, after: item.status } },
        number: numberAgenda(items).find((entry) => entry.id === item.id)?.number,
        title: item.title,
        itemId: item.id,
      },
    });
    return item;
  });
}
