import type { OutgoingEmail } from '../email/outbox';

/** One recipient's copy of a notice: the secretariat's words, under the meeting's title, and why it came. */
export function noticeEmail(recipient: { name: string; email: string }, notice: { subject: string; body: string }, meetingTitle: string): OutgoingEmail {
  return {
    kind: 'meeting_notice',
    to: recipient.email,
    subject: `${meetingTitle}: ${notice.subject}`,
    body: [
      `Dear ${recipient.name},`,
      '',
      notice.body,
      '',
      'The secretariat',
      '',
      `You receive this message as a registered participant of the ${meetingTitle}.`,
      '',
    ].join('\n'),
  };
}
