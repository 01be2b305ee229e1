import { asc, count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, emailOutbox, meetingNotices, meetings, parties, type Role } from '@/db/schema';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { findNotices } from '@/lib/notices/find-notices';
import { sendNoticeSchema } from '@/lib/notices/schemas';
import { sendNotice } from '@/lib/notices/send-notice';
import type { Actor } from '@/lib/permissions';
import * as factory from './factories';
import { refusal } from './refusal';
import { session } from './signed-in';

vi.mock('@/lib/session', async () => (await import('./signed-in')).signedInSession);

const { sendNoticeAction } = await import('@/app/(app)/meetings/[id]/notices/actions');

/** Everything sending a notice writes. */
async function snapshot() {
  const counts = await Promise.all([meetingNotices, emailOutbox, auditEvents].map(async (table) => (await db.select({ n: count() }).from(table))[0]!.n));
  return { notices: counts[0], emails: counts[1], events: counts[2] };
}

let staff: Actor;
let meetingId: string;

/**
 * A meeting with Korea's delegation (its head approved, a delegate approved, an adviser pending, a
 * colleague who withdrew) and Japan's (its head rejected).
 */
beforeEach(async () => {
  staff = await factory.createActor();
  const meeting = await factory.createMeeting({ status: 'registration_open', title: 'Twenty-seventh SOM' });
  meetingId = meeting.id;
  const korea = await factory.createParty({ name: 'Republic of Korea', code: 'KOR' });
  const japan = await factory.createParty({ name: 'Japan', code: 'JPN' });
  await factory.createRegistration({ meetingId, partyId: korea.id, name: 'Kim Jae-won', email: 'head@kor.example', delegationRole: 'head' });
  await factory.createRegistration({ meetingId, partyId: korea.id, name: 'Lee Soo-jin', email: 'lee@kor.example' });
  await factory.createRegistration({ meetingId, partyId: korea.id, name: 'Park Min', email: 'park@kor.example', delegationRole: 'adviser', status: 'pending' });
  await factory.createRegistration({ meetingId, partyId: korea.id, name: 'Choi Yuna', email: 'choi@kor.example', status: 'cancelled' });
  await factory.createRegistration({
    meetingId,
    partyId: japan.id,
    name: 'Sato Ken',
    email: 'sato@jpn.example',
    delegationRole: 'head',
    status: 'rejected',
    decisionReason: 'Registered twice',
  });
  session.actor = null;
});

const notice = (values: Record<string, unknown> = {}) =>
  sendNoticeSchema.parse({ meetingId, audience: 'registered', subject: 'Venue change', body: 'The second day moves to Room 301.', ...values });

const recipientsOfOutbox = async () => (await db.select().from(emailOutbox).orderBy(asc(emailOutbox.toAddress))).map((email) => email.toAddress);

describe('sendNotice', () => {
  it('sends everyone taking part their own copy, keeps the notice and audits it, in one transaction', async () => {
    const result = await sendNotice({ actor: staff, input: notice() });
    expect(result.notice.recipientCount).toBe(3);
    expect(await recipientsOfOutbox()).toEqual(['head@kor.example', 'lee@kor.example', 'park@kor.example']);
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'park@kor.example'));
    expect(email).toMatchObject({ kind: 'meeting_notice', subject: 'Twenty-seventh SOM: Venue change', status: 'pending' });
    expect(email!.body).toMatch(/^Dear Park Min,\n\nThe second day moves to Room 301\./);
    const [row] = await db.select().from(meetingNotices);
    expect(row).toMatchObject({ id: result.notice.id, meetingId, audience: 'registered', subject: 'Venue change', recipientCount: 3, sentByUserId: staff.id });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityType, 'notice')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({
      action: 'notice.sent',
      actorUserId: staff.id,
      entityId: row!.id,
      change: { fields: { noticeAudience: { after: 'registered' }, subject: { after: 'Venue change' }, recipientCount: { after: 3 } }, meetingId },
    });
  });

  it('sends to the approved only, or to the heads of delegation only', async () => {
    await sendNotice({ actor: staff, input: notice({ audience: 'approved' }) });
    expect(await recipientsOfOutbox()).toEqual(['head@kor.example', 'lee@kor.example']);
    await db.delete(emailOutbox);
    await sendNotice({ actor: staff, input: notice({ audience: 'heads' }) });
    // Japan's head was rejected: only Korea's is written to.
    expect(await recipientsOfOutbox()).toEqual(['head@kor.example']);
  });

  it('still writes to the participants of a concluded or cancelled meeting', async () => {
    await db.update(meetings).set({ status: 'cancelled', cancellationReason: 'The host withdrew' }).where(eq(meetings.id, meetingId));
    expect((await sendNotice({ actor: staff, input: notice({ subject: 'The meeting is cancelled' }) })).notice.recipientCount).toBe(3);
  });

  it('refuses an audience with no one in it as a field error, writing nothing', async () => {
    const empty = await factory.createMeeting({ status: 'planned' });
    const before = await snapshot();
    expect(await refusal(sendNotice({ actor: staff, input: notice({ meetingId: empty.id }) }))).toMatchObject({
      code: 'INVALID_STATE',
      fieldErrors: { audience: 'noticeNoRecipients' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers an unknown meeting as not found', async () => {
    expect(await refusal(sendNotice({ actor: staff, input: notice({ meetingId: '00000000-0000-4000-8000-000000000000' }) }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each<Role>(['chair', 'delegate', 'observer'])('refuses a %s, through the action and the service, writing nothing', async (role) => {
    const actor = await factory.createActor({ role });
    // Chairing the meeting gives no power to write to its participants.
    if (role === 'chair') await db.update(meetings).set({ chairUserId: actor.id }).where(eq(meetings.id, meetingId));
    const before = await snapshot();
    session.actor = actor;
    expect(await sendNoticeAction({ meetingId, audience: 'registered', subject: 'Venue change', body: 'The second day moves to Room 301.' })).toMatchObject({
      ok: false,
      formError: 'forbidden',
    });
    expect(await refusal(sendNotice({ actor, input: notice() }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(findNotices({ actor, input: { meetingId, page: 1 } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers each invalid field through the action, writing nothing', async () => {
    session.actor = staff;
    const before = await snapshot();
    expect(await sendNoticeAction({ meetingId, audience: 'everyone' as never, subject: 'x', body: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { audience: 'noticeAudienceInvalid', subject: 'noticeSubjectRequired', body: 'noticeBodyRequired' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('sends through the action as staff', async () => {
    session.actor = staff;
    expect(await sendNoticeAction({ meetingId, audience: 'heads', subject: 'Credentials', body: 'Please bring the original letter.' })).toMatchObject({
      ok: true,
      data: { notice: { recipientCount: 1 } },
    });
  });
});

describe('findNotices', () => {
  it('counts each audience and lists the notices newest first, with who sent them, a page at a time', async () => {
    for (let n = 1; n <= 21; n++) await sendNotice({ actor: staff, input: notice({ subject: `Notice ${n}` }) });
    const first = await findNotices({ actor: staff, input: { meetingId, page: 1 } });
    expect(first).toMatchObject({ canSend: true, audienceSizes: { registered: 3, approved: 2, heads: 1 } });
    expect(first.notices).toMatchObject({ total: 21, pageCount: 2, page: 1 });
    expect(first.notices.items).toHaveLength(20);
    expect(first.notices.items[0]).toMatchObject({ subject: 'Notice 21', sentByName: staff.name, recipientCount: 3 });
    const second = await findNotices({ actor: staff, input: { meetingId, page: 2 } });
    expect(second.notices.items.map((item) => item.subject)).toEqual(['Notice 1']);
  });

  it('shows a registered participant the notices to the audiences their registration is in now, without the counts', async () => {
    await sendNotice({ actor: staff, input: notice({ subject: 'To everyone' }) });
    await sendNotice({ actor: staff, input: notice({ audience: 'approved', subject: 'To the approved' }) });
    await sendNotice({ actor: staff, input: notice({ audience: 'heads', subject: 'To the heads' }) });
    const readerOf = async (email: string) => {
      const actor = await factory.createActor({ role: 'delegate', email });
      return findNotices({ actor, input: { meetingId, page: 1 } });
    };
    const head = await readerOf('head@kor.example');
    expect(head).toMatchObject({ canSend: false, audienceSizes: null });
    expect(head.notices.items.map((item) => item.subject)).toEqual(['To the heads', 'To the approved', 'To everyone']);
    // Park Min is still pending: what went to everyone registered, not what went to the approved.
    expect((await readerOf('park@kor.example')).notices.items.map((item) => item.subject)).toEqual(['To everyone']);
    expect((await readerOf('lee@kor.example')).notices).toMatchObject({ total: 2 });
  });

  it.each([
    ['no registration', 'someone@else.example'],
    ['a withdrawn registration', 'choi@kor.example'],
    ['a rejected registration', 'sato@jpn.example'],
  ])('refuses the notices to a reader with %s', async (_, email) => {
    await sendNotice({ actor: staff, input: notice() });
    const actor = await factory.createActor({ role: 'delegate', email });
    expect(await refusal(findNotices({ actor, input: { meetingId, page: 1 } }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'noticesForParticipants' });
  });

  it('names the notice in the audit log and links it to the meeting’s notices', async () => {
    await sendNotice({ actor: staff, input: notice() });
    const { items } = await findAuditEvents({ actor: staff, input: findAuditEventsSchema.parse({ entity: 'notice' }) });
    expect(items[0]).toMatchObject({ action: 'notice.sent', record: { label: 'Venue change', href: `/meetings/${meetingId}/notices` } });
    expect(items[0]!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'noticeAudience', after: { kind: 'term', key: 'notices.audiences.registered' } }),
        expect.objectContaining({ field: 'recipientCount', after: { kind: 'text', text: '3' } }),
      ]),
    );
  });
});

describe('reminding the parties nobody has registered for', () => {
  /**
   * Beside the meeting's delegations: Korea's focal point (registered for), Japan's (its head was
   * rejected), Mongolia's and an observer organization's (nobody registered), and those a reminder
   * never reaches: a disabled account, an account still waiting for confirmation, a retired party's
   * delegate, a chair and staff.
   */
  async function focalPoints() {
    const partyCoded = async (code: string) => (await db.select().from(parties).where(eq(parties.code, code)))[0]!;
    const [korea, japan] = await Promise.all([partyCoded('KOR'), partyCoded('JPN')]);
    const mongolia = await factory.createParty({ name: 'Mongolia', code: 'MNG' });
    const ngo = await factory.createParty({ name: 'Friends of the Steppe', kind: 'observer' });
    const retired = await factory.createParty({ name: 'Old partner', kind: 'organization', retiredAt: new Date('2020-01-01') });
    await factory.createActor({ role: 'delegate', partyId: korea.id, email: 'focal@kor.example' });
    await factory.createActor({ role: 'delegate', partyId: japan.id, email: 'focal@jpn.example', name: 'Sato Haruka' });
    await factory.createActor({ role: 'delegate', partyId: mongolia.id, email: 'focal@mng.example' });
    await factory.createActor({ role: 'observer', partyId: ngo.id, email: 'focal@ngo.example' });
    await factory.createActor({ role: 'delegate', partyId: mongolia.id, email: 'gone@mng.example', isDisabled: true });
    await factory.createActor({ role: 'delegate', partyId: mongolia.id, email: 'waiting@mng.example', status: 'pending' });
    await factory.createActor({ role: 'delegate', partyId: retired.id, email: 'focal@old.example' });
    await factory.createActor({ role: 'chair', partyId: mongolia.id, email: 'chair@mng.example' });
    return { mongolia };
  }
  const reminder = () => notice({ audience: 'unregistered', subject: 'Please register', body: 'Registration closes on 1 March 2027.' });

  it('counts and writes to the focal points of the parties nobody has registered for, each their own copy saying why, audited', async () => {
    await focalPoints();
    expect((await findNotices({ actor: staff, input: { meetingId, page: 1 } })).audienceSizes).toMatchObject({ unregistered: 3 });
    const result = await sendNotice({ actor: staff, input: reminder() });
    expect(result.notice.recipientCount).toBe(3);
    expect(await recipientsOfOutbox()).toEqual(['focal@jpn.example', 'focal@mng.example', 'focal@ngo.example']);
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'focal@jpn.example'));
    expect(email!.body).toMatch(/^Dear Sato Haruka,\n\nRegistration closes on 1 March 2027\./);
    expect(email!.body).toContain('as a focal point of a party nobody has registered for the Twenty-seventh SOM yet');
    expect((await db.select().from(meetingNotices))[0]).toMatchObject({ audience: 'unregistered', recipientCount: 3 });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityType, 'notice'));
    expect(event!.change).toMatchObject({ fields: { noticeAudience: { after: 'unregistered' }, recipientCount: { after: 3 } } });
  });

  it('leaves out a party once someone is registered for it, pending or approved', async () => {
    const { mongolia } = await focalPoints();
    await factory.createRegistration({ meetingId, partyId: mongolia.id, name: 'Bat Erdene', email: 'bat@mng.example', status: 'pending' });
    expect((await findNotices({ actor: staff, input: { meetingId, page: 1 } })).audienceSizes).toMatchObject({ unregistered: 2 });
    await sendNotice({ actor: staff, input: reminder() });
    expect(await recipientsOfOutbox()).toEqual(['focal@jpn.example', 'focal@ngo.example']);
  });

  it.each(['registration_closed', 'in_session', 'concluded', 'cancelled'] as const)(
    'is refused once the meeting is %s, as a field error writing nothing, and no longer offered',
    async (status) => {
      await focalPoints();
      await db.update(meetings).set({ status, cancellationReason: status === 'cancelled' ? 'The host withdrew' : null }).where(eq(meetings.id, meetingId));
      const before = await snapshot();
      expect(await refusal(sendNotice({ actor: staff, input: reminder() }))).toMatchObject({
        code: 'INVALID_STATE',
        fieldErrors: { audience: 'noticeUnregisteredClosed' },
      });
      expect(await snapshot()).toEqual(before);
      expect((await findNotices({ actor: staff, input: { meetingId, page: 1 } })).audienceSizes).not.toHaveProperty('unregistered');
    },
  );
});
