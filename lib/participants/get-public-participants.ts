import 'server-only';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { listApprovedParticipants } from '@/db/queries/participants';
import { groupParticipantsByParty } from './order';

// Anyone may read who takes part in a meeting, of those approved who agreed to be listed publicly:
// name, party, role, position and organization; never an email or a need.
export async function getPublicParticipants({ input }: { input: { meetingId: string } }) {
  const meeting = await findMeetingOrNotFound(input.meetingId);
  const rows = await listApprovedParticipants(meeting.id, { publicOnly: true });
  const participants = rows.map((row) => ({
    id: row.id,
    name: row.name,
    honorific: row.honorific,
    position: row.position,
    organization: row.organization,
    delegationRole: row.delegationRole,
    partyId: row.partyId,
    partyName: row.partyName,
    partyKind: row.partyKind,
  }));
  return {
    meeting: { id: meeting.id, title: meeting.title, startDate: meeting.startDate, endDate: meeting.endDate, city: meeting.city },
    groups: groupParticipantsByParty(participants),
  };
}
