import type { OutgoingEmail } from '../email/outbox';
import { partyInSentence } from '../parties/names';

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

export type AmendmentDecision = {
  number: number;
  partyName: string;
  status: 'accepted' | 'rejected';
  /** Accepted with a change: the words accepted instead of the proposal's. */
  acceptedText: string | null;
  reason: string | null;
  decidedBy: 'chair' | 'secretariat';
};

const decisionSubjects = { accepted: 'accepted', acceptedWithChange: 'accepted with a change', rejected: 'rejected' } as const;

/** To the delegates of the proposing and co-sponsoring parties, once the chair or the secretariat decides. */
export function amendmentDecidedEmail(
  person: { name: string; email: string },
  statementTitle: string,
  meetingTitle: string,
  decision: AmendmentDecision,
  link: string,
): OutgoingEmail {
  const outcome = decision.status === 'rejected' ? 'rejected' : decision.acceptedText === null ? 'accepted' : 'acceptedWithChange';
  const decider = decision.decidedBy === 'chair' ? 'The chair' : 'The secretariat';
  return {
    kind: 'amendment_decided',
    to: person.email,
    subject: `Amendment ${decision.number} ${decisionSubjects[outcome]}: ${statementTitle}`,
    body: [
      `Dear ${person.name},`,
      '',
      `${decider} has ${decision.status} amendment ${decision.number} to "${statementTitle}" (${meetingTitle}), proposed by ${partyInSentence(decision.partyName)}${outcome === 'acceptedWithChange' ? ', with a change of its words' : ''}.`,
      ...(decision.acceptedText === null ? [] : ['', 'The words accepted:', decision.acceptedText]),
      ...(decision.reason === null ? [] : ['', 'The reason:', decision.reason]),
      ...(decision.status === 'accepted' ? ['', 'The secretariat merges accepted amendments into the next revision of the text.'] : []),
      '',
      link,
      '',
      'The secretariat',
    ].join('\n'),
  };
}
