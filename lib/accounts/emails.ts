import type { OutgoingEmail } from '../email/outbox';
import { signInPathFor } from './links';

// The messages about a signed-up account, in plain text. `origin` is the app's public address (lib/config.ts).

/** Where a confirmed person signs in: straight on to the registration of the meeting they came from, if any. */
export function signInLink(origin: string, meetingId?: string | null): string {
  return new URL(signInPathFor(meetingId), origin).href;
}

export function accountConfirmedEmail(person: { name: string; email: string }, link: string): OutgoingEmail {
  return {
    kind: 'account_confirmed',
    to: person.email,
    subject: 'Your account is confirmed',
    body: [
      `Dear ${person.name},`,
      '',
      'The secretariat has confirmed your account. You can now sign in with your email address and the password you chose:',
      '',
      link,
      '',
      'The secretariat',
    ].join('\n'),
  };
}

export function accountRefusedEmail(person: { name: string; email: string }, reason: string): OutgoingEmail {
  return {
    kind: 'account_refused',
    to: person.email,
    subject: 'Your sign-up was not confirmed',
    body: [
      `Dear ${person.name},`,
      '',
      'The secretariat could not confirm the account you signed up for, for this reason:',
      '',
      reason,
      '',
      'If you think this is a mistake, reply to this message or contact the secretariat.',
      '',
      'The secretariat',
    ].join('\n'),
  };
}
