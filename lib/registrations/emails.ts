import { publicUrl } from '../config';
import type { OutgoingEmail } from '../email/outbox';

type Person = { name: string; email: string };
type MeetingRef = { id: string; title: string };

const registrationLink = (meeting: MeetingRef) => `${publicUrl}/meetings/${meeting.id}/register`;

/** Plain-text messages about a registration; written to the outbox by the change they tell about. */
export function registrationReceivedEmail(person: Person, meeting: MeetingRef): OutgoingEmail {
  return {
    kind: 'registration_received',
    to: person.email,
    subject: `Registration received: ${meeting.title}`,
    body: `Dear ${person.name},\n\nWe have received your registration for ${meeting.title}. The secretariat will review it and write to you again.\n\nSee or change your registration: ${registrationLink(meeting)}\n`,
  };
}

/** `offersLetter`: the person travels, so their registration page offers a letter for their visa. */
export function registrationApprovedEmail(person: Person, meeting: MeetingRef, { offersLetter }: { offersLetter: boolean }): OutgoingEmail {
  const letter = offersLetter ? 'If you need a letter confirming your participation, for a visa or your administration, download it from your registration page.\n\n' : '';
  return {
    kind: 'registration_approved',
    to: person.email,
    subject: `Registration approved: ${meeting.title}`,
    body: `Dear ${person.name},\n\nYour registration for ${meeting.title} is approved.\n\n${letter}Your registration: ${registrationLink(meeting)}\n`,
  };
}

export function registrationRejectedEmail(person: Person, meeting: MeetingRef, reason: string): OutgoingEmail {
  return {
    kind: 'registration_rejected',
    to: person.email,
    subject: `Registration not accepted: ${meeting.title}`,
    body: `Dear ${person.name},\n\nThe secretariat could not accept your registration for ${meeting.title}.\n\nReason: ${reason}\n\nYour registration: ${registrationLink(meeting)}\n`,
  };
}
