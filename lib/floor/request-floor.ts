import 'server-only';
import { db } from '@/db/client';
import { findAgendaItem } from '@/db/queries/agenda';
import { findOpenFloorRequest, insertFloorRequest } from '@/db/queries/floor';
import { findRegistrationOfPerson } from '@/db/queries/registrations';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import type { Actor } from '../permissions';
import { floorChange } from './audit-change';
import { floorRequestRefusal } from './rules';
import type { RequestFloorInput } from './schemas';

// At the meeting, an approved participant asks for the floor for their delegation on the item in
// discussion; the delegation joins the end of the item's speakers' list, and the participant speaks.
export async function requestFloor({ actor, input, now = appNow() }: { actor: Actor; input: RequestFloorInput; now?: Date }) {
  const found = await findAgendaItem(input.itemId);
  if (!found) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
  return db.transaction(async (tx) => {
    // Items are taken up and concluded under the meeting's lock: read under it, the item's status holds until the write.
    const meeting = await lockMeetingForChange(tx, found.meetingId, { assertAccepts: () => {} });
    const [item, registration, open] = await Promise.all([
      findAgendaItem(found.id, tx),
      findRegistrationOfPerson(meeting.id, { userId: actor.id, email: actor.email }, tx),
      actor.partyId ? findOpenFloorRequest(found.id, actor.partyId, tx) : undefined,
    ]);
    if (!item) throw new AppError('NOT_FOUND', 'agendaItemNotFound');
    // Only a registration with the actor's delegation speaks for it.
    const own = registration && registration.partyId === actor.partyId ? registration : null;
    const refusal = floorRequestRefusal({ actor, meeting, item, registration: own, isOnList: open !== undefined });
    if (refusal || !own) throw refusal ?? new AppError('FORBIDDEN', 'floorApprovedParticipantsOnly');
    const request = await insertFloorRequest(
      { meetingId: meeting.id, agendaItemId: item.id, partyId: own.partyId, registrationId: own.id, requestedAt: now },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'floor.requested',
      entityType: 'meeting',
      entityId: meeting.id,
      change: floorChange(request, own.name, { after: 'waiting' }),
    });
    return { request: { id: request.id } };
  });
}
