import { asc, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, emailOutbox, invitations, parties, users, type Role } from '@/db/schema';
import { findAuditEvents } from '@/lib/audit-log/find-audit-events';
import { findAuditEventsSchema } from '@/lib/audit-log/schemas';
import { AppError } from '@/lib/errors';
import { acceptInvitation, acceptInvitationWithAccount } from '@/lib/invitations/accept-invitation';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { findInvitations } from '@/lib/invitations/find-invitations';
import { getInvitation } from '@/lib/invitations/get-invitation';
import { createInvitationSchema } from '@/lib/invitations/schemas';
import { hashInvitationToken, newInvitationToken } from '@/lib/invitations/tokens';
import { retireParty } from '@/lib/parties/retire-party';
import type { Actor } from '@/lib/permissions';
import { authenticateUser } from '@/lib/users/authenticate-user';
import * as factory from './factories';
import { refusal } from './refusal';

const otherRoles: Role[] = ['chair', 'delegate', 'observer'];
const password = 'steppe and sky 2026';
const day = 86_400_000;

async function countOf(table: typeof users | typeof auditEvents | typeof emailOutbox | typeof invitations) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

const tokenOf = (link: string) => link.split('/invitations/')[1]!;

/** Staff invite Tuya Bat of Mongolia to a meeting with registration open; the link as the email carries it. */
async function invited(values: { email?: string; role?: 'delegate' | 'observer' } = {}) {
  const staff = await factory.createActor();
  const meeting = await factory.createMeeting({ status: 'registration_open', title: 'Twenty-seventh SOM' });
  const party = await factory.createParty({ name: 'Mongolia', code: 'MNG' });
  const input = createInvitationSchema.parse({
    meetingId: meeting.id,
    name: 'Tuya Bat',
    email: values.email ?? 'Tuya@MNE.example',
    partyId: party.id,
    role: values.role ?? 'delegate',
  });
  const created = await createInvitation({ actor: staff, input });
  return { staff, meeting, party, created, token: tokenOf(created.link) };
}

/** Everything an acceptance could write: accounts, events, the invitation row. */
async function snapshot() {
  return { users: await countOf(users), events: await countOf(auditEvents), rows: await db.select().from(invitations) };
}

describe('createInvitation', () => {
  it('stores only the token’s hash, expires in 14 days, audits, and emails the link in the same transaction', async () => {
    const before = Date.now();
    const { staff, meeting, party, created, token } = await invited();
    expect(created.link).toMatch(/^http:\/\/localhost:\d+\/invitations\/[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(invitations);
    expect(row).toMatchObject({ email: 'tuya@mne.example', name: 'Tuya Bat', meetingId: meeting.id, partyId: party.id, role: 'delegate', createdByUserId: staff.id, acceptedAt: null });
    expect(row!.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(14 * day - 5_000);
    expect(row!.expiresAt.getTime() - before).toBeLessThanOrEqual(14 * day + 5_000);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityType, 'invitation')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'invitation.created', actorUserId: staff.id, entityId: row!.id, change: { meetingId: meeting.id } });
    expect(JSON.stringify(event)).not.toContain(token);
    const [email] = await db.select().from(emailOutbox);
    expect(email).toMatchObject({ kind: 'invitation', toAddress: 'tuya@mne.example', subject: 'Invitation: Twenty-seventh SOM' });
    expect(email!.body).toContain(created.link);
  });

  it('refuses a retired party as a field error, and writes nothing', async () => {
    const staff = await factory.createActor();
    const meeting = await factory.createMeeting();
    const party = await factory.createParty({ retiredAt: new Date() });
    const input = createInvitationSchema.parse({ meetingId: meeting.id, name: 'Tuya Bat', email: 'tuya@mne.example', partyId: party.id, role: 'delegate' });
    expect(await refusal(createInvitation({ actor: staff, input }))).toMatchObject({ fieldErrors: { partyId: 'partyRetired' } });
    expect(await countOf(invitations)).toBe(0);
    expect(await countOf(emailOutbox)).toBe(0);
  });

  it('refuses a concluded meeting, and an unknown one', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty();
    const concluded = await factory.createMeeting({ status: 'concluded' });
    const input = (meetingId: string) =>
      createInvitationSchema.parse({ meetingId, name: 'Tuya Bat', email: 'tuya@mne.example', partyId: party.id, role: 'delegate' });
    expect(await refusal(createInvitation({ actor: staff, input: input(concluded.id) }))).toMatchObject({ messageKey: 'meetingClosedForEdits' });
    expect((await refusal(createInvitation({ actor: staff, input: input('00000000-0000-4000-8000-000000000000') }))).code).toBe('NOT_FOUND');
    expect(await countOf(invitations)).toBe(0);
  });
});

describe('findInvitations', () => {
  it('lists the meeting’s invitations, latest first, each pending, accepted or expired', async () => {
    const { staff, meeting, party, token } = await invited();
    await acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } });
    const input = (email: string) => createInvitationSchema.parse({ meetingId: meeting.id, name: 'Someone', email, partyId: party.id, role: 'observer' });
    const second = await createInvitation({ actor: staff, input: input('second@x.example') });
    const third = await createInvitation({ actor: staff, input: input('third@x.example') });
    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.tokenHash, hashInvitationToken(tokenOf(second.link))));
    const { invitations: rows, canInvite } = await findInvitations({ actor: staff, input: { meetingId: meeting.id } });
    expect(canInvite).toBe(true);
    expect(rows.map((row) => [row.email, row.status])).toEqual([
      [third.invitation.email, 'pending'],
      ['second@x.example', 'expired'],
      ['tuya@mne.example', 'accepted'],
    ]);
    expect(rows[2]).toMatchObject({ partyName: 'Mongolia', acceptedByName: 'Tuya Bat' });
  });
});

describe('getInvitation, what opening the link shows', () => {
  it('tells each visitor what they can do, writing nothing', async () => {
    const { token, meeting } = await invited();
    expect(await getInvitation({ actor: null, input: { token } })).toMatchObject({
      state: 'createAccount',
      invitation: { name: 'Tuya Bat', email: 'tuya@mne.example', meetingId: meeting.id, meetingTitle: 'Twenty-seventh SOM', partyName: 'Mongolia', role: 'delegate' },
    });
    const other = await factory.createActor({ role: 'observer', email: 'someone@x.example' });
    expect(await getInvitation({ actor: other, input: { token } })).toEqual({ state: 'forAnother', email: 'tuya@mne.example', actorEmail: 'someone@x.example' });
    const invitee = await factory.createActor({ role: 'delegate', email: 'tuya@mne.example' });
    expect(await getInvitation({ actor: invitee, input: { token } })).toMatchObject({ state: 'acceptAsYou' });
    expect(await getInvitation({ actor: null, input: { token } })).toMatchObject({ state: 'signInFirst' });
    expect(await getInvitation({ actor: null, input: { token: newInvitationToken() } })).toEqual({ state: 'unknown' });
    expect(await getInvitation({ actor: null, input: { token: 'garbage' } })).toEqual({ state: 'unknown' });
    expect(await getInvitation({ actor: null, input: { token }, now: new Date(Date.now() + 15 * day) })).toEqual({ state: 'expired' });
    expect((await db.select().from(invitations))[0]!.acceptedAt).toBeNull();
  });

  it('shows a used link as used, except to who used it', async () => {
    const { token, meeting } = await invited();
    const { user } = await acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } });
    expect(await getInvitation({ actor: null, input: { token } })).toEqual({ state: 'used' });
    const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role, partyId: user.partyId };
    expect(await getInvitation({ actor, input: { token } })).toEqual({ state: 'acceptedByYou', meetingId: meeting.id });
  });
});

describe('acceptInvitationWithAccount', () => {
  it('makes an active account of the invitation’s email, party and role, which signs in at once; the link is used', async () => {
    const { token, meeting, party } = await invited({ role: 'observer' });
    const { user, meetingId } = await acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat-Erdene', password } });
    expect(meetingId).toBe(meeting.id);
    expect(user).toMatchObject({ email: 'tuya@mne.example', name: 'Tuya Bat-Erdene', role: 'observer', partyId: party.id, status: 'active' });
    const [row] = await db.select().from(invitations);
    expect(row).toMatchObject({ acceptedByUserId: user.id });
    expect(row!.acceptedAt).toBeInstanceOf(Date);
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.actorUserId, user.id)).orderBy(asc(auditEvents.id))).map((event) => event.action);
    expect(actions.sort()).toEqual(['invitation.accepted', 'user.created']);
    expect(await authenticateUser({ input: { email: 'tuya@mne.example', password, clientAddress: '192.0.2.1' } })).toMatchObject({ outcome: 'signedIn' });
  });

  it('refuses the link used again, with nothing written', async () => {
    const { token } = await invited();
    await acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } });
    const before = await snapshot();
    expect(await refusal(acceptInvitationWithAccount({ input: { token, name: 'Someone Else', password } }))).toMatchObject({ messageKey: 'invitationUsed' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an expired link, with nothing written', async () => {
    const { token } = await invited();
    await db.update(invitations).set({ expiresAt: sql`now() - interval '1 second'` });
    const before = await snapshot();
    expect(await refusal(acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } }))).toMatchObject({ messageKey: 'invitationExpired' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown link, with nothing written', async () => {
    await invited();
    const before = await snapshot();
    expect(await refusal(acceptInvitationWithAccount({ input: { token: newInvitationToken(), name: 'Tuya Bat', password } }))).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'invitationUnknown',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses when the email already has an account (sign in instead), with nothing written', async () => {
    const { token } = await invited();
    await factory.createUser({ role: 'delegate', email: 'tuya@mne.example' });
    const before = await snapshot();
    expect(await refusal(acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } }))).toMatchObject({ messageKey: 'invitationAccountExists' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a party retired since the invitation, and the email as password', async () => {
    const { token, party } = await invited();
    expect(await refusal(acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password: 'tuya@mne.example' } }))).toMatchObject({
      fieldErrors: { password: 'passwordIsEmail' },
    });
    await db.update(parties).set({ retiredAt: new Date() }).where(eq(parties.id, party.id));
    const before = await snapshot();
    expect(await refusal(acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } }))).toMatchObject({ messageKey: 'invitationPartyRetired' });
    expect(await snapshot()).toEqual(before);
  });

  it('of two tabs accepting one link at once, gives one account and refuses the other', async () => {
    const { token } = await invited();
    const outcomes = await Promise.allSettled([
      acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } }),
      acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat (tab 2)', password: 'another passphrase 2026' } }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect(['invitationUsed', 'invitationAccountExists']).toContain((rejected.reason as AppError).messageKey);
    expect(await db.select({ email: users.email }).from(users).where(eq(users.email, 'tuya@mne.example'))).toHaveLength(1);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'invitation.accepted')).orderBy(asc(auditEvents.id))).toHaveLength(1);
  });
});

describe('acceptInvitation, signed in', () => {
  it('uses the link for the invited account', async () => {
    const { token, meeting } = await invited();
    const invitee = await factory.createActor({ role: 'delegate', email: 'tuya@mne.example' });
    expect(await acceptInvitation({ actor: invitee, input: { token } })).toEqual({ meetingId: meeting.id });
    const [row] = await db.select().from(invitations);
    expect(row!.acceptedByUserId).toBe(invitee.id);
    expect(await refusal(acceptInvitation({ actor: invitee, input: { token } }))).toMatchObject({ messageKey: 'invitationUsed' });
  });

  it('refuses another account, saying whose it is, with nothing written', async () => {
    const { token } = await invited();
    const other = await factory.createActor({ role: 'secretariat' });
    const before = await snapshot();
    expect(await refusal(acceptInvitation({ actor: other, input: { token } }))).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'invitationForAnother',
      values: { email: 'tuya@mne.example' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an expired link, with nothing written', async () => {
    const { token } = await invited();
    const invitee = await factory.createActor({ role: 'delegate', email: 'tuya@mne.example' });
    await db.update(invitations).set({ expiresAt: sql`now() - interval '1 second'` });
    const before = await snapshot();
    expect(await refusal(acceptInvitation({ actor: invitee, input: { token } }))).toMatchObject({ messageKey: 'invitationExpired' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the invitation use-cases refuse anyone but staff', () => {
  it.each(otherRoles)('a %s, with nothing written', async (role) => {
    const actor = await factory.createActor({ role });
    const meeting = await factory.createMeeting({ status: 'registration_open' });
    const party = await factory.createParty();
    const input = createInvitationSchema.parse({ meetingId: meeting.id, name: 'Tuya Bat', email: 'tuya@mne.example', partyId: party.id, role: 'delegate' });
    expect((await refusal(createInvitation({ actor, input }))).code).toBe('FORBIDDEN');
    expect((await refusal(findInvitations({ actor, input: { meetingId: meeting.id } }))).code).toBe('FORBIDDEN');
    expect(await countOf(invitations)).toBe(0);
    expect(await countOf(emailOutbox)).toBe(0);
    expect(await countOf(auditEvents)).toBe(0);
  });
});

describe('the audit log', () => {
  it('names parties, invitations and account decisions, with links to their pages', async () => {
    const { staff, meeting, token } = await invited();
    await acceptInvitationWithAccount({ input: { token, name: 'Tuya Bat', password } });
    const party = await factory.createParty({ name: 'Asian Development Bank', kind: 'organization' });
    await retireParty({ actor: staff, input: { partyId: party.id } });

    const invitationEvents = await findAuditEvents({ actor: staff, input: findAuditEventsSchema.parse({ entity: 'invitation' }) });
    expect(invitationEvents.items.map((event) => event.action)).toEqual(['invitation.accepted', 'invitation.created']);
    expect(invitationEvents.items[1]!.record).toEqual({ label: 'Tuya Bat <tuya@mne.example>', href: `/meetings/${meeting.id}/invitations` });
    expect(invitationEvents.items[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'partyId', after: { kind: 'text', text: 'Mongolia' } },
        { field: 'role', after: { kind: 'term', key: 'roles.delegate' } },
      ]),
    );

    const partyEvents = await findAuditEvents({ actor: staff, input: findAuditEventsSchema.parse({ entity: 'party' }) });
    expect(partyEvents.items[0]).toMatchObject({ action: 'party.retired', record: { label: 'Asian Development Bank', href: '/admin/parties' } });
    expect(partyEvents.items[0]!.changes[0]).toMatchObject({ field: 'retiredAt', before: null, after: { kind: 'instant' } });
  });
});
