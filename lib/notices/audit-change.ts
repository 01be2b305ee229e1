import type { NoticeAudience } from './values';

/** What the audit log keeps of a sent notice: the app's step and the demo's story record the same. */
export function noticeSentChange(notice: { audience: NoticeAudience; subject: string; recipientCount: number }, meetingId: string) {
  return {
    fields: { noticeAudience: { after: notice.audience }, subject: { after: notice.subject }, recipientCount: { after: notice.recipientCount } },
    meetingId,
  };
}
