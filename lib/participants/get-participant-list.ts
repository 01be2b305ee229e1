import 'server-only';
import type { MeetingDetail } from '@/db/queries/meetings';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { findFirstParticipantList, listApprovedParticipants, type ParticipantRow } from '@/db/queries/participants';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { participantAbilities } from './access';
import { groupParticipantsByParty } from './order';

/** The title of the list as a meeting document: how a later issue finds the first one to revise. */
export const participantListTitle = 'List of participants';

export async function findReadableMeeting(actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const meeting = await findMeetingOrNotFound(meetingId);
  if (!participantAbilities(actor, meeting).read) throw new AppError('FORBIDDEN', 'forbidden');
  return meeting;
}

/** Every approved participant of a meeting, in list order: for the CSV and the printed list. */
export async function listParticipants({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<{ meeting: MeetingDetail; participants: ParticipantRow[] }> {
  const meeting = await findReadableMeeting(actor, input.meetingId);
  return { meeting, participants: await listApprovedParticipants(meeting.id) };
}

// Staff and the meeting's chair read who takes part, party by party, and what they may do with the list.
export async function getParticipantList({ actor, input }: { actor: Actor; input: { meetingId: string } }) {
  const { meeting, participants } = await listParticipants({ actor, input });
  const issued = await findFirstParticipantList(meeting.id, participantListTitle);
  return {
    meeting,
    groups: groupParticipantsByParty(participants),
    total: participants.length,
    issuedSymbol: issued?.symbol ?? null,
    can: participantAbilities(actor, meeting),
  };
}
