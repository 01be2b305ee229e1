import type { OutgoingEmail } from '../email/outbox';
import { partyStartingSentence } from '../parties/names';

// The messages of a silence procedure, in plain text. Times are shown as the meeting's clocks read
// them, naming the zone; `link` is the statement's page at the app's public address.

type Person = { name: string; email: string };

/** A time as the meeting's clocks show it, for messages: "2024-03-01 18:00 (Asia/Seoul time)". */
export function shownLocalTime(local: string, timeZone: string): string {
  return `${local.replace('T', ' ')} (${timeZone} time)`;
}

export function silenceStartedEmail(person: Person, statementTitle: string, meetingTitle: string, deadline: string, link: string): OutgoingEmail {
  return {
    kind: 'silence_procedure_started',
    to: person.email,
    subject: `Silence procedure: ${statementTitle}`,
    body: [
      `Dear ${person.name},`,
      '',
      `The chair of ${meetingTitle} has placed the final text of "${statementTitle}" under a silence procedure.`,
      `It will be adopted at ${deadline} unless a member state objects before then.`,
      'A member state that objects lodges its objection, with its text, on the statement page:',
      '',
      link,
      '',
      'The secretariat',
    ].join('\n'),
  };
}

export function silenceBrokenEmail(person: Person, statementTitle: string, partyName: string, objection: string, link: string): OutgoingEmail {
  return {
    kind: 'silence_broken',
    to: person.email,
    subject: `Silence broken: ${statementTitle}`,
    body: [
      `Dear ${person.name},`,
      '',
      `${partyStartingSentence(partyName)} has objected to "${statementTitle}", which breaks the silence procedure: the text is not adopted and goes back to drafting.`,
      '',
      'The objection:',
      objection,
      '',
      link,
      '',
      'The secretariat',
    ].join('\n'),
  };
}
