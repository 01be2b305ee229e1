import 'server-only';
import { db } from '@/db/client';
import { findAgendaItem, insertFollowUp } from '@/db/queries/agenda';
import { findPartyById } from '@/db/queries/parties';
import type { FollowUp } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { assertInSession, lockAgendaForChange } from './agenda-change';
import type { AddFollowUpInput } from './schemas';

// With an item's outcome, its chair or the secretariat records an action item: what, for whom, by when.
export async function addFollowUp({ actor, input }: { actor: Actor; input: AddFollowUpInput }): Promise<FollowUp> {
  return db.transaction(async (tx) => {
    const found = await findAgendaItem(input.itemId, tx);
    if (!found) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    const { meeting } = await lockAgendaForChange(tx, found.meetingId);
    assertCan(actor, 'agenda:conduct', { meeting });
    assertInSession(meeting);
    if (input.ownerPartyId && !(await findPartyById(input.ownerPartyId, tx))) {
      throw new AppError('NOT_FOUND', 'partyInvalid', { ownerPartyId: 'partyInvalid' });
    }
    const followUp = await insertFollowUp(
      {
        meetingId: meeting.id,
        agendaItemId: found.id,
        description: input.description,
        ownerPartyId: input.ownerPartyId,
        dueDate: input.dueDate,
        dueByNextMeeting: input.dueByNextMeeting,
        createdByUserId: actor.id,
      },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'agenda.follow_up_added',
      entityType: 'meeting',
      entityId: meeting.id,
      change: {
        fields: recordFields(followUp, ['description', 'ownerPartyId', 'dueDate', 'dueByNextMeeting']),
        title: found.title,
        itemId: found.id,
      },
    });
    return followUp;
  });
}
