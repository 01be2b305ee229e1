import { paperDate, paperDateRange } from '../documents/paper-dates';
import { can, type Actor } from '../permissions';
import { AppError } from '../errors';
import { partyInSentence } from '../parties/names';
import type { DelegationRole, ParticipationMode, RegistrationStatus } from '../registrations/values';
import type { MeetingFormat, MeetingStatus } from '../meetings/values';
import { displayName } from './csv';

// The letter a participant shows a consulate or their own administration: the secretariat confirms
// they are registered for the meeting and asks that they be helped to travel, a visa first. Pure:
// who may have it, when it is issued and what it says.

type LetterRegistration = {
  userId: string | null;
  email: string;
  status: RegistrationStatus;
  participation: ParticipationMode;
};

/**
 * Who may download a registration's letter: the person it names, the secretariat, and the head of
 * the person's delegation. For anyone else it does not exist.
 */
export function canReadParticipationLetter(
  actor: Actor,
  facts: { meeting: { chairUserId: string | null }; registration: LetterRegistration; delegation: { partyId: string }; headUserId: string | null },
): boolean {
  // The person: by their account, or by their address, as their own registration is found.
  if (facts.registration.userId === actor.id || facts.registration.email.toLowerCase() === actor.email.toLowerCase()) return true;
  if (can(actor, 'registrations:moderate', { meeting: facts.meeting })) return true;
  return can(actor, 'delegations:lead', { delegation: { partyId: facts.delegation.partyId, headUserId: facts.headUserId } });
}

/**
 * Why no letter is issued for this registration now, or null: only for an approved participant who
 * travels (not one taking part online, nor to a virtual meeting), to a meeting still ahead or under way.
 */
export function participationLetterRefusal(registration: LetterRegistration, meeting: { status: MeetingStatus; format: MeetingFormat }): AppError | null {
  if (registration.status !== 'approved') return new AppError('FORBIDDEN', 'letterNotApproved');
  if (meeting.status === 'cancelled' || meeting.status === 'concluded') return new AppError('FORBIDDEN', 'letterMeetingOver');
  if (registration.participation === 'online' || meeting.format === 'virtual') return new AppError('FORBIDDEN', 'letterOnline');
  return null;
}

export type LetterFacts = {
  programmeName: string;
  /** The day it is issued, in the meeting's time zone. */
  issuedOn: string;
  person: { honorific: string | null; name: string; position: string | null; organization: string | null; delegationRole: DelegationRole };
  party: { name: string };
  meeting: { title: string; city: string | null; hostName: string | null; startDate: string; endDate: string };
  stay: { arrivalDate: string | null; departureDate: string | null };
};

export type ParticipationLetter = { sender: string; date: string; title: string; salutation: string; paragraphs: string[]; closing: string };

const inDelegation: Record<DelegationRole, (party: string) => string> = {
  head: (party) => `as head of the delegation of ${party}`,
  alternate: (party) => `as alternate head of the delegation of ${party}`,
  delegate: (party) => `as a member of the delegation of ${party}`,
  adviser: (party) => `as an adviser to the delegation of ${party}`,
  observer: (party) => `as an observer for ${party}`,
};

/** The letter's words, in English, as the secretariat writes them. */
export function participationLetter(facts: LetterFacts): ParticipationLetter {
  const { person, meeting, stay } = facts;
  // Position and organization, and the host country after a city, are set off by commas on both sides.
  const details = [person.position, person.organization].filter(Boolean).join(', ');
  const who = details ? `${displayName(person)}, ${details},` : displayName(person);
  const place = [meeting.city, meeting.hostName && partyInSentence(meeting.hostName)].filter(Boolean);
  const where = place.length === 0 ? '' : ` in ${place.join(', ')}${place.length > 1 ? ',' : ''}`;
  const days = meeting.startDate === meeting.endDate ? `on ${paperDate(meeting.startDate)}` : `from ${paperDateRange(meeting.startDate, meeting.endDate).replace('–', ' to ')}`;
  const stayLine =
    stay.arrivalDate && stay.departureDate
      ? `The participant plans to arrive on ${paperDate(stay.arrivalDate)} and to leave on ${paperDate(stay.departureDate)}.`
      : null;
  return {
    sender: `Secretariat of ${facts.programmeName}`,
    date: paperDate(facts.issuedOn),
    title: 'Confirmation of participation',
    salutation: 'To whom it may concern,',
    paragraphs: [
      `The secretariat of ${facts.programmeName} confirms that ${who} is registered ${inDelegation[person.delegationRole](partyInSentence(facts.party.name))} to the ${meeting.title}, to be held${where} ${days}.`,
      ...(stayLine ? [stayLine] : []),
      'The secretariat would be grateful for any assistance extended to the participant for this travel, in particular the issue of an entry visa.',
    ],
    closing: `The secretariat of ${facts.programmeName}`,
  };
}
