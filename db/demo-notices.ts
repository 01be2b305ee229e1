import { eq } from 'drizzle-orm';
import { noticeSentChange } from '@/lib/notices/audit-change';
import { noticeEmail } from '@/lib/notices/emails';
import { noticeRecipients } from '@/lib/notices/recipients';
import type { NoticeAudience } from '@/lib/notices/values';
import type { Tx } from './client';
import { insertDemoHistory } from './demo-history';
import { listNoticeContacts, listUnregisteredFocalPoints } from './queries/notices';
import { emailOutbox, meetingNotices } from './schema';

type DemoNotice = { at: string; audience: NoticeAudience; subject: string; body: string };

// What the secretariat wrote to the 26th SOM's participants, before, on the eve of and after the meeting.
const som26Notices: DemoNotice[] = [
  {
    at: '2023-10-16T10:30:00+09:00',
    audience: 'registered',
    subject: 'Information note, hotel and visa letters',
    body: [
      'The information note for participants (ESCAP/NEASPEC/SOM(26)/INF/1) is now on the meeting page.',
      '',
      'The meeting is held in Seoul on 23 and 24 November 2023, in person and online. A block of rooms is held at the venue hotel until 3 November: quote "NEASPEC SOM" when you book.',
      '',
      'Participants who need a letter for their visa application, please write to the secretariat with your passport details by 27 October.',
    ].join('\n'),
  },
  {
    at: '2023-11-20T17:00:00+09:00',
    audience: 'heads',
    subject: 'Original credentials letters at the registration desk',
    body: [
      'Thank you for submitting your delegation’s credentials letter online.',
      '',
      'Please bring the original to the registration desk on 23 November, from 8:30, so that the credentials can be reported to the meeting at its opening.',
    ].join('\n'),
  },
  {
    at: '2023-11-28T11:00:00+09:00',
    audience: 'approved',
    subject: 'Commemorative statement published',
    body: [
      'Thank you for taking part in the Twenty-sixth Senior Officials Meeting.',
      '',
      'The NEASPEC Commemorative Statement adopted on 24 November is published as ESCAP/NEASPEC/SOM(26)/3, with the explanation of position recorded at the meeting. It is on the meeting’s public page, as PDF and DOCX.',
    ].join('\n'),
  },
];

// The 27th SOM is planned and nobody has registered yet: the secretariat has asked every party's focal points to save the date.
const som27Notices: DemoNotice[] = [
  {
    at: '2026-11-16T10:00:00+09:00',
    audience: 'unregistered',
    subject: 'Save the date: 16 and 17 March 2027 in Incheon',
    body: [
      'The Twenty-seventh Senior Officials Meeting of NEASPEC will be held in Incheon, Republic of Korea, on 16 and 17 March 2027, in person and online.',
      '',
      'Registration will open on the meeting page in January 2027. Please let the secretariat know who will head your delegation, and register its members once registration opens.',
    ].join('\n'),
  },
];

/** The demo meetings' notices: the 26th SOM's to its participants, the 27th's reminder to the parties. */
export const demoNotices = { som26: som26Notices, som27: som27Notices };

/**
 * A meeting's demo notices, each counted among the registrations (or the focal points) the demo holds,
 * with its audit event and its copies in the outbox, delivered when it was sent (so staff can find who
 * got it); once.
 */
export async function insertDemoNotices(tx: Tx, meeting: { id: string; title: string }, notices: DemoNotice[], staffId: string | null): Promise<void> {
  const sent = new Set((await tx.select({ subject: meetingNotices.subject }).from(meetingNotices).where(eq(meetingNotices.meetingId, meeting.id))).map((n) => n.subject));
  const [contacts, focalPoints] = await Promise.all([listNoticeContacts(meeting.id, tx), listUnregisteredFocalPoints(meeting.id, tx)]);
  for (const notice of notices) {
    const recipients = notice.audience === 'unregistered' ? noticeRecipients(focalPoints, notice.audience) : noticeRecipients(contacts, notice.audience);
    const recipientCount = recipients.length;
    if (sent.has(notice.subject) || recipientCount === 0) continue;
    const [row] = await tx
      .insert(meetingNotices)
      .values({ meetingId: meeting.id, audience: notice.audience, subject: notice.subject, body: notice.body, recipientCount, sentByUserId: staffId, sentAt: new Date(notice.at) })
      .returning();
    await insertDemoHistory(tx, [
      {
        at: notice.at,
        actorUserId: staffId,
        action: 'notice.sent',
        entityType: 'notice',
        entityId: row!.id,
        change: noticeSentChange({ ...notice, recipientCount }, meeting.id),
      },
    ]);
    const at = new Date(notice.at);
    await tx.insert(emailOutbox).values(
      recipients.map((recipient) => {
        const copy = noticeEmail(recipient, notice, meeting.title);
        return { kind: copy.kind, toAddress: copy.to.toLowerCase(), subject: copy.subject, body: copy.body, status: 'sent' as const, attempts: 1, nextAttemptAt: at, sentAt: at, createdAt: at };
      }),
    );
  }
}
