import 'server-only';
import { db } from '@/db/client';
import { insertMeetingNotice, listNoticeContacts, listUnregisteredFocalPoints } from '@/db/queries/notices';
import { recordAudit } from '../audit';
import { enqueueEmail } from '../email/outbox';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { noticeSentChange } from './audit-change';
import { noticeEmail } from './emails';
import { audienceRefusal, noticeRecipients } from './recipients';
import type { SendNoticeInput } from './schemas';

// The secretariat writes to a meeting's registered participants (all of them, the approved ones, or
// the heads of delegation), or reminds the parties nobody has registered for yet: each person gets
// their own copy by email, and the notice is kept with the meeting.
export async function sendNotice({ actor, input }: { actor: Actor; input: SendNoticeInput }) {
  assertCan(actor, 'participants:notify');
  return db.transaction(async (tx) => {
    // Under the meeting's lock, so no registration is decided between the count and the copies. A
    // concluded or cancelled meeting still takes notices: the report is out, or the meeting is off.
    const meeting = await lockMeetingForChange(tx, input.meetingId, { assertAccepts: () => {} });
    const refusal = audienceRefusal(input.audience, meeting);
    if (refusal) throw new AppError('INVALID_STATE', 'invalid', { audience: refusal });
    const recipients =
      input.audience === 'unregistered'
        ? noticeRecipients(await listUnregisteredFocalPoints(meeting.id, tx), input.audience)
        : noticeRecipients(await listNoticeContacts(meeting.id, tx), input.audience);
    if (recipients.length === 0) throw new AppError('INVALID_STATE', 'invalid', { audience: 'noticeNoRecipients' });
    const notice = await insertMeetingNotice(
      { meetingId: meeting.id, audience: input.audience, subject: input.subject, body: input.body, recipientCount: recipients.length, sentByUserId: actor.id },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'notice.sent',
      entityType: 'notice',
      entityId: notice.id,
      change: noticeSentChange(notice, meeting.id),
    });
    for (const recipient of recipients) await enqueueEmail(tx, noticeEmail(recipient, notice, meeting.title));
    return { notice: { id: notice.id, recipientCount: notice.recipientCount } };
  });
}
