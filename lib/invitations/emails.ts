import type { OutgoingEmail } from '../email/outbox';
import { partyInSentence } from '../parties/names';

/** The message that carries an invitation's link: the only place the token is ever written. */
export function invitationEmail(invitation: {
  name: string;
  email: string;
  meetingTitle: string;
  partyName: string;
  link: string;
  expiresAt: Date;
  timeZone: string;
}): OutgoingEmail {
  // In the meeting's own zone, named, as the meeting's times are.
  const expires = `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: invitation.timeZone }).format(invitation.expiresAt)} (${invitation.timeZone})`;
  return {
    kind: 'invitation',
    to: invitation.email,
    subject: `Invitation: ${invitation.meetingTitle}`,
    body: [
      `Dear ${invitation.name},`,
      '',
      `The secretariat invites you, for ${partyInSentence(invitation.partyName)}, to the ${invitation.meetingTitle}.`,
      'Open this link to accept the invitation and register (it creates your account if you have none yet):',
      '',
      invitation.link,
      '',
      `The link is for you only, works once, and until ${expires}.`,
      '',
      'The secretariat',
    ].join('\n'),
  };
}
