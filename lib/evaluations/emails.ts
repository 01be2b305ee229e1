import type { OutgoingEmail } from '../email/outbox';

type Person = { name: string; email: string };

/** Asks a participant to evaluate the meeting: where, and until when. */
export function evaluationOpenedEmail(person: Person, meeting: { title: string }, closingDay: string, link: string): OutgoingEmail {
  return {
    kind: 'evaluation_opened',
    to: person.email,
    subject: `Your evaluation of ${meeting.title}`,
    body:
      `Dear ${person.name},\n\nThank you for taking part in ${meeting.title}. The secretariat asks you to evaluate the meeting: ` +
      `five statements to rate, and room for what was most useful and what to do better. It takes two minutes, and your answers are anonymous.\n\n` +
      `Answer until ${closingDay}: ${link}\n`,
  };
}
