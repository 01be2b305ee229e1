import type { FloorRequest } from '@/db/schema';
import type { FloorRequestStatus } from './values';

/** What a step of a request for the floor records: the delegation, the item, the speaker and the status. */
export function floorChange(request: Pick<FloorRequest, 'partyId' | 'agendaItemId'>, speaker: string, status: { before?: FloorRequestStatus; after: FloorRequestStatus }) {
  return { fields: { floorStatus: status }, partyId: request.partyId, agendaItemId: request.agendaItemId, speaker };
}
