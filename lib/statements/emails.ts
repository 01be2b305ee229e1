import type { OutgoingEmail } from '../email/outbox';

// The messages about a statement, in plain text. `link` is the statement's page at the app's public address.

export function statementCirculatedEmail(
  person: { name: string; email: string },
  statement: { title: string; revision: number },
  meetingTitle: string,
  deadline: string,
  link: string,
): OutgoingEmail {
  return {
    kind: 'statement_circulated',
    to: person.email,
    subject: `For comments: ${statement.title}`,
    body: [
      `Dear ${person.name},`,
      '',
      `The secretariat has circulated revision ${statement.revision} of "${statement.title}" (${meetingTitle}) to the delegations.`,
      `Your delegation may propose amendments until ${deadline}:`,
      '',
      link,
      '',
      'The secretariat',
    ].join('\n'),
  };
}
