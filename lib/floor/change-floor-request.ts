import 'server-only';
import { db, type Tx } from '@/db/client';
import { findAgendaItem } from '@/db/queries/agenda';
import { findFloorRequest, findSpeaker, updateFloorRequestStatus } from '@/db/queries/floor';
import { findRegistration } from '@/db/queries/registrations';
import type { FloorRequest } from '@/db/schema';
import type { Actor } from '../permissions';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { floorChange } from './audit-change';
import { floorStepRefusal } from './rules';
import type { ChangeFloorRequestInput } from './schemas';
import type { FloorRequestStatus } from './values';

// The chair (or the secretariat) runs the speakers' list: gives the floor, which closes whoever had
// it, closes a speaker, puts one back on the list, or strikes a request off. A delegation withdraws
// its own request.
export async function changeFloorRequest({ actor, input, now = appNow() }: { actor: Actor; input: ChangeFloorRequestInput; now?: Date }) {
  const found = await findFloorRequest(input.requestId);
  if (!found) throw new AppError('NOT_FOUND', 'floorRequestNotFound');
  return db.transaction(async (tx) => {
    // Every step of the floor at a meeting takes its lock, so two never interleave.
    const meeting = await lockMeetingForChange(tx, found.meetingId, { assertAccepts: () => {} });
    const [request, item] = await Promise.all([findFloorRequest(found.id, tx), findAgendaItem(found.agendaItemId, tx)]);
    if (!request || !item) throw new AppError('NOT_FOUND', 'floorRequestNotFound');
    const refusal = floorStepRefusal({ actor, meeting, request, item, to: input.status });
    if (refusal) throw refusal;
    if (input.status === 'speaking') {
      const speaker = await findSpeaker({ meetingId: meeting.id }, tx);
      if (speaker) await moveRequest(tx, actor, speaker, 'spoke', now);
    }
    return { request: { id: (await moveRequest(tx, actor, request, input.status, now)).id } };
  });
}

/**
 * An item leaving discussion (concluded, deferred, or back to pending) ends the turn of whoever had
 * the floor on it. Those still waiting keep their places for when it is taken up again, as a list of
 * speakers resumes with the debate. Called under the meeting's lock by the step that moves the item.
 */
export async function endTurnOnItem(tx: Tx, actor: Actor, agendaItemId: string, now: Date): Promise<void> {
  const speaker = await findSpeaker({ agendaItemId }, tx);
  if (speaker) await moveRequest(tx, actor, speaker, 'spoke', now);
}

/** When a step starts or ends the request's time on the floor. */
function timesOf(to: FloorRequestStatus, now: Date) {
  if (to === 'speaking') return { startedAt: now, endedAt: null };
  if (to === 'waiting') return { startedAt: null };
  return { endedAt: now };
}

async function moveRequest(tx: Tx, actor: Actor, request: FloorRequest, to: FloorRequestStatus, now: Date): Promise<FloorRequest> {
  const moved = await updateFloorRequestStatus(request.id, { from: request.status, to, ...timesOf(to, now) }, tx);
  if (!moved) throw new AppError('CONFLICT', 'statusChangedMeanwhile');
  const speaker = await findRegistration(request.registrationId, tx);
  await recordAudit(tx, actor, {
    action: 'floor.status_changed',
    entityType: 'meeting',
    entityId: request.meetingId,
    change: floorChange(request, speaker?.name ?? '', { before: request.status, after: to }),
  });
  return moved;
}
