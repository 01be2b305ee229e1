import { describe, expect, it } from 'vitest';
import { noticeEmail } from '@/lib/notices/emails';
import { meetingStatuses } from '@/lib/meetings/values';
import { audienceRefusal, audienceSizes, audiencesOf, isInAudience, noticeRecipients, type NoticeCandidate } from '@/lib/notices/recipients';
import { noticeAudiences } from '@/lib/notices/values';
import { sendNoticeSchema } from '@/lib/notices/schemas';
import { delegationRoles, registrationStatuses } from '@/lib/registrations/values';

const meetingId = '6f1c2b0e-8a57-4a3e-9d52-3f0f4f6f8a11';

describe('a notice reaches', () => {
  // Every status and role once: the whole table of who is in which audience.
  const everyone: NoticeCandidate[] = registrationStatuses.flatMap((status) => delegationRoles.map((delegationRole) => ({ status, delegationRole })));

  it('everyone taking part, pending or approved, when sent to all registered', () => {
    for (const candidate of everyone) expect(isInAudience(candidate, 'registered')).toBe(candidate.status === 'pending' || candidate.status === 'approved');
  });

  it('only the approved, when sent to participants', () => {
    for (const candidate of everyone) expect(isInAudience(candidate, 'approved')).toBe(candidate.status === 'approved');
  });

  it('only heads of delegation taking part, when sent to heads', () => {
    for (const candidate of everyone) {
      expect(isInAudience(candidate, 'heads')).toBe(candidate.delegationRole === 'head' && (candidate.status === 'pending' || candidate.status === 'approved'));
    }
  });

  it('never anyone rejected or withdrawn', () => {
    const gone = everyone.filter((candidate) => candidate.status === 'rejected' || candidate.status === 'cancelled');
    expect(noticeRecipients(gone, 'registered')).toEqual([]);
    expect(audienceSizes(gone, 0, { status: 'registration_open' })).toEqual({ registered: 0, approved: 0, heads: 0, unregistered: 0 });
  });

  it('and a registration is in the audiences it reads notices of, by the same rule', () => {
    for (const candidate of everyone) expect(audiencesOf(candidate)).toEqual(['registered', 'approved', 'heads'].filter((audience) => isInAudience(candidate, audience as never)));
    expect(audiencesOf({ status: 'approved', delegationRole: 'head' })).toEqual(['registered', 'approved', 'heads']);
    expect(audiencesOf({ status: 'pending', delegationRole: 'delegate' })).toEqual(['registered']);
    expect(audiencesOf({ status: 'rejected', delegationRole: 'head' })).toEqual([]);
  });

  it('counts each audience for the form', () => {
    const delegation: NoticeCandidate[] = [
      { status: 'approved', delegationRole: 'head' },
      { status: 'approved', delegationRole: 'delegate' },
      { status: 'pending', delegationRole: 'adviser' },
      { status: 'pending', delegationRole: 'head' },
      { status: 'cancelled', delegationRole: 'delegate' },
    ];
    expect(audienceSizes(delegation, 9, { status: 'registration_open' })).toEqual({ registered: 4, approved: 2, heads: 2, unregistered: 9 });
  });

  it('a focal point of a party nobody registered for only as a reminder to register, and no registration then', () => {
    const focalPoint: NoticeCandidate = { status: null, delegationRole: null };
    expect(noticeAudiences.filter((audience) => isInAudience(focalPoint, audience))).toEqual(['unregistered']);
    for (const candidate of everyone) expect(isInAudience(candidate, 'unregistered')).toBe(false);
    expect(audiencesOf(focalPoint)).toEqual(['unregistered']);
  });

  it('reminds parties to register only until registration closes, and offers the form that audience only then', () => {
    for (const status of meetingStatuses) {
      const open = status === 'planned' || status === 'registration_open';
      expect(audienceRefusal('unregistered', { status })).toBe(open ? null : 'noticeUnregisteredClosed');
      for (const audience of ['registered', 'approved', 'heads'] as const) expect(audienceRefusal(audience, { status })).toBeNull();
      expect(Object.keys(audienceSizes([], 3, { status }))).toEqual(open ? [...noticeAudiences] : ['registered', 'approved', 'heads']);
    }
  });
});

describe('sendNoticeSchema', () => {
  const valid = { meetingId, audience: 'approved', subject: 'Venue change', body: 'The meeting moves to Room 301 on the second day.' };

  it('takes a notice and trims it', () => {
    expect(sendNoticeSchema.parse({ ...valid, subject: '  Venue change  ' })).toMatchObject({ subject: 'Venue change', audience: 'approved' });
  });

  it('refuses each field with its own message', () => {
    const result = sendNoticeSchema.safeParse({ meetingId, audience: 'everyone', subject: ' a ', body: 'short' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({ audience: 'noticeAudienceInvalid', subject: 'noticeSubjectRequired', body: 'noticeBodyRequired' });
  });

  it('refuses a message longer than an email should be', () => {
    expect(sendNoticeSchema.safeParse({ ...valid, body: 'x'.repeat(10_001) }).error?.issues[0]?.message).toBe('tooLong');
  });
});

describe('noticeEmail', () => {
  it('greets the person, carries the words as written and says why it came', () => {
    const email = noticeEmail(
      { name: 'Kim Min-ji', email: 'kim@example.kr' },
      { subject: 'Venue change', body: 'Room 301.\n\nBring your badge.', audience: 'approved' },
      '27th Senior Officials Meeting',
    );
    expect(email).toMatchObject({ kind: 'meeting_notice', to: 'kim@example.kr', subject: '27th Senior Officials Meeting: Venue change' });
    expect(email.body).toContain('Dear Kim Min-ji,\n\nRoom 301.\n\nBring your badge.\n\nThe secretariat');
    expect(email.body).toContain('as a registered participant of the 27th Senior Officials Meeting');
  });

  it('tells a focal point reminded to register why it came to them', () => {
    const email = noticeEmail({ name: 'Sato Haruka', email: 'sato@example.jp' }, { subject: 'Please register', body: 'Registration is open.', audience: 'unregistered' }, '27th SOM');
    expect(email.body).toContain('as a focal point of a party nobody has registered for the 27th SOM yet');
    expect(email.body).not.toContain('registered participant');
  });
});
