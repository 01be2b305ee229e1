import { paperDate, paperDateRange } from '../documents/paper-dates';
import { daysBetween } from '../time-zones';
import { can, type Actor } from '../permissions';
import { AppError } from '../errors';
import { partyInSentence } from '../parties/names';
import type { DelegationRole, ParticipationMode, RegistrationStatus } from '../registrations/values';
import type { MeetingFormat, MeetingStatus } from '../meetings/values';
import { displayName } from './csv';

// The letter a participant shows a consulate or their own administration. Before the meeting ends
// the secretariat confirms they are registered and asks that they be helped to travel, a visa first;
// once it is concluded, it certifies the days they attended (checked in at the desk). Pure: who may
// have it, when it is issued and what it says.

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

/** Which letter a meeting gives: a confirmation while it is ahead or under way, a certificate once concluded. */
export type LetterKind = 'confirmation' | 'attendance';

export function participationLetterKind(meeting: { status: MeetingStatus }): LetterKind {
  return meeting.status === 'concluded' ? 'attendance' : 'confirmation';
}

/**
 * Why no letter is issued for this registration now, or null: none until approved, nor for a
 * cancelled meeting; a confirmation only to someone who travels (not online, nor to a virtual
 * meeting); a certificate only to someone checked in on at least one day.
 */
export function participationLetterRefusal(
  registration: LetterRegistration,
  meeting: { status: MeetingStatus; format: MeetingFormat },
  attendedDays: readonly string[],
): AppError | null {
  if (registration.status !== 'approved') return new AppError('FORBIDDEN', 'letterNotApproved');
  if (meeting.status === 'cancelled') return new AppError('FORBIDDEN', 'letterMeetingCancelled');
  if (participationLetterKind(meeting) === 'attendance') return attendedDays.length === 0 ? new AppError('FORBIDDEN', 'letterNotAttended') : null;
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
  /** The days the person was checked in, in order: a certificate names them where they are not all the meeting's. */
  attendedDays: readonly string[];
  kind: LetterKind;
};

export type ParticipationLetter = { sender: string; date: string; title: string; salutation: string; paragraphs: string[]; closing: string };

const inDelegation: Record<DelegationRole, (party: string) => string> = {
  head: (party) => `as head of the delegation of ${party}`,
  alternate: (party) => `as alternate head of the delegation of ${party}`,
  delegate: (party) => `as a member of the delegation of ${party}`,
  adviser: (party) => `as an adviser to the delegation of ${party}`,
  observer: (party) => `as an observer for ${party}`,
};

// "23 November 2023 and 24 November 2023"; "from 10 to 11 March 2027"; "on 10 March 2027".
const listedDays = (days: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(days.map(paperDate));
const meetingDays = ({ startDate, endDate }: { startDate: string; endDate: string }) =>
  startDate === endDate ? `on ${paperDate(startDate)}` : `from ${paperDateRange(startDate, endDate).replace('–', ' to ')}`;

/** The letter's words, in English, as the secretariat writes them. */
export function participationLetter(facts: LetterFacts): ParticipationLetter {
  const { person, meeting, stay } = facts;
  // Position and organization, and the host country after a city, are set off by commas on both sides.
  const details = [person.position, person.organization].filter(Boolean).join(', ');
  const who = details ? `${displayName(person)}, ${details},` : displayName(person);
  const place = [meeting.city, meeting.hostName && partyInSentence(meeting.hostName)].filter(Boolean);
  const where = place.length === 0 ? '' : ` in ${place.join(', ')}${place.length > 1 ? ',' : ''}`;
  const role = inDelegation[person.delegationRole](partyInSentence(facts.party.name));
  const heading = { sender: `Secretariat of ${facts.programmeName}`, date: paperDate(facts.issuedOn), salutation: 'To whom it may concern,', closing: `The secretariat of ${facts.programmeName}` };
  if (facts.kind === 'attendance') {
    const everyDay = facts.attendedDays.length === daysBetween(meeting.startDate, meeting.endDate) + 1;
    return {
      ...heading,
      title: 'Certificate of attendance',
      paragraphs: [
        `The secretariat of ${facts.programmeName} certifies that ${who} attended the ${meeting.title}, held${where} ${meetingDays(meeting)}, ${role}${everyDay ? '' : `, and was present on ${listedDays(facts.attendedDays)}`}.`,
        'This certificate is issued at the request of the participant.',
      ],
    };
  }
  return {
    ...heading,
    title: 'Confirmation of participation',
    paragraphs: [
      `The secretariat of ${facts.programmeName} confirms that ${who} is registered ${role} to the ${meeting.title}, to be held${where} ${meetingDays(meeting)}.`,
      ...(stay.arrivalDate && stay.departureDate
        ? [`The participant plans to arrive on ${paperDate(stay.arrivalDate)} and to leave on ${paperDate(stay.departureDate)}.`]
        : []),
      'The secretariat would be grateful for any assistance extended to the participant for this travel, in particular the issue of an entry visa.',
    ],
  };
}
