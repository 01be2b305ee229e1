import type { OutgoingEmail } from '../email/outbox';
import type { NoticeAudience } from './values';

/** One recipient's copy of a notice: the secretariat's words, under the meeting's title, and why it came. */
export function noticeEmail(
  recipient: { name: string; email: string },
  notice: { subject: string; body: string; audience: NoticeAudience },
  meetingTitle: string,
): OutgoingEmail {
  const why =
    notice.audience === 'unregistered'
      ? `You receive this message as a focal point of a party nobody has registered for the ${meetingTitle} yet.`
      : `You receive this message as a registered participant of the ${meetingTitle}.`;
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
      why,
      '',
    ].join('\n'),
  };
}
