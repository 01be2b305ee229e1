import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditEvents, credentialsLetters, delegations, emailOutbox, meetings, registrations, users, type Meeting } from '@/db/schema';
import { describeEvents } from '@/lib/audit-log/describe-events';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { updateRegistration, withdrawRegistration } from '@/lib/registrations/change-registration';
import { decideRegistrations } from '@/lib/registrations/decide-registrations';
import { confirmMember, designateHead, reviewCredentials, uploadCredentials } from '@/lib/registrations/delegations';
import {
  findRegistrationQueue,
  getCredentialsLetter,
  getCredentialsReport,
  getDelegation,
  getDelegations,
  getParticipation,
  getRegistrationPage,
} from '@/lib/registrations/read';
import { register, registerMember } from '@/lib/registrations/register';
import { registerMemberSchema, registerSchema, registrationQueueParamsSchema } from '@/lib/registrations/schemas';
import { findMeetingDetail } from '@/db/queries/meetings';
import { ensureDelegation } from '@/db/queries/registrations';
import * as factory from './factories';
import { refusal } from './refusal';

const now = new Date('2029-12-01T00:00:00Z');

async function openMeeting(values: Partial<Meeting> = {}) {
  return factory.createMeeting({ status: 'registration_open', startDate: '2030-01-10', endDate: '2030-01-11', ...values });
}

function form(meeting: { id: string }, actor: Actor, values: Record<string, unknown> = {}) {
  return registerSchema.parse({
    meetingId: meeting.id,
    partyId: actor.partyId,
    delegationRole: 'delegate',
    honorific: 'Ms.',
    position: 'Director',
    organization: 'Ministry of Environment',
    participation: 'in_person',
    arrivalDate: '2030-01-09',
    departureDate: '2030-01-12',
    dietaryNeeds: '',
    accessNeeds: '',
    isListedPublicly: true,
    ...values,
  });
}

async function counts() {
  const [r] = await db.select({ n: count() }).from(registrations);
  const [d] = await db.select({ n: count() }).from(delegations);
  const [e] = await db.select({ n: count() }).from(emailOutbox);
  const [a] = await db.select({ n: count() }).from(auditEvents);
  const [l] = await db.select({ n: count() }).from(credentialsLetters);
  return { registrations: r!.n, delegations: d!.n, emails: e!.n, audit: a!.n, letters: l!.n };
}

/** Refused with that message, and nothing written. */
async function expectRefused(run: () => Promise<unknown>, messageKey: string) {
  const before = await counts();
  const error = await refusal(run());
  expect(error.messageKey).toBe(messageKey);
  expect(await counts()).toEqual(before);
  return error;
}

const pdf = (name = 'credentials.pdf') => new File([new TextEncoder().encode('%PDF-1.4\n%test\n')], name, { type: 'application/pdf' });

async function delegationWithHead() {
  const meeting = await openMeeting();
  const head = await factory.createActor({ role: 'delegate' });
  const headRegistration = await register({ actor: head, input: form(meeting, head, { delegationRole: 'head' }), now });
  return { meeting, head, headRegistration };
}

describe('register', () => {
  it('registers a delegate in their party’s new delegation, audits it and writes the email in the same transaction', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const registration = await register({ actor, input: form(meeting, actor), now });
    expect(registration).toMatchObject({ status: 'pending', userId: actor.id, email: actor.email, partyId: actor.partyId, arrivalDate: '2030-01-09' });
    const [delegation] = await db.select().from(delegations);
    expect(delegation).toMatchObject({ meetingId: meeting.id, partyId: actor.partyId, credentialsStatus: 'pending' });
    const [email] = await db.select().from(emailOutbox);
    expect(email).toMatchObject({ kind: 'registration_received', toAddress: actor.email });
    expect(email!.body).toContain(`/meetings/${meeting.id}/register`);
    const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, registration.id)).orderBy(asc(auditEvents.id));
    expect(audit).toMatchObject({ action: 'registration.created', actorUserId: actor.id });
    // Kept as `registrationStatus`: the audit log reads a bare `status` as a meeting's.
    expect(audit!.change).toMatchObject({ fields: { registrationStatus: { after: 'pending' } } });
    expect(audit!.change).not.toHaveProperty('fields.status');
  });

  it('a second member of the party joins the same delegation', async () => {
    const meeting = await openMeeting();
    const first = await factory.createActor({ role: 'delegate' });
    const second = await factory.createActor({ role: 'delegate', partyId: first.partyId });
    await register({ actor: first, input: form(meeting, first), now });
    await register({ actor: second, input: form(meeting, second), now });
    expect((await counts()).delegations).toBe(1);
  });

  it('an observer registers as an observer only', async () => {
    const meeting = await openMeeting();
    const party = await factory.createParty({ kind: 'observer' });
    const actor = await factory.createActor({ role: 'observer', partyId: party.id });
    const error = await expectRefused(() => register({ actor, input: form(meeting, actor, { delegationRole: 'head' }), now }), 'delegationRoleInvalid');
    expect(error.fieldErrors).toEqual({ delegationRole: 'delegationRoleInvalid' });
    expect(await register({ actor, input: form(meeting, actor, { delegationRole: 'observer' }), now })).toMatchObject({ delegationRole: 'observer' });
  });

  it('refuses when registration is not open, before or after the window, and writes nothing', async () => {
    const actor = await factory.createActor({ role: 'delegate' });
    const planned = await openMeeting({ status: 'planned' });
    await expectRefused(() => register({ actor, input: form(planned, actor), now }), 'registrationNotOpen');
    const notYet = await openMeeting({ registrationOpensAt: new Date('2029-12-05T00:00:00Z') });
    await expectRefused(() => register({ actor, input: form(notYet, actor), now }), 'registrationNotOpen');
    const over = await openMeeting({ registrationClosesAt: new Date('2029-11-30T00:00:00Z') });
    await expectRefused(() => register({ actor, input: form(over, actor), now }), 'registrationNotOpen');
  });

  it('refuses registering for another party', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const other = await factory.createParty();
    await expectRefused(() => register({ actor, input: form(meeting, actor, { partyId: other.id }), now }), 'registerOwnPartyOnly');
  });

  it('refuses a second registration of the same person, saying so', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    await register({ actor, input: form(meeting, actor), now });
    await expectRefused(() => register({ actor, input: form(meeting, actor), now }), 'alreadyRegistered');
  });

  it('refuses dates outside the window (two days either side), with field errors', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const error = await expectRefused(
      () => register({ actor, input: form(meeting, actor, { arrivalDate: '2030-01-07', departureDate: '2030-01-14' }), now }),
      'stayOutsideWindow',
    );
    expect(error.fieldErrors).toEqual({ arrivalDate: 'stayOutsideWindow', departureDate: 'stayOutsideWindow' });
  });

  it('refuses staff and chairs, who do not register themselves', async () => {
    const meeting = await openMeeting();
    const party = await factory.createParty();
    for (const role of ['secretariat', 'chair'] as const) {
      const actor = await factory.createActor({ role, partyId: party.id });
      await expectRefused(() => register({ actor, input: form(meeting, actor), now }), 'registerOwnPartyOnly');
    }
  });

  it('refuses an account that is not active', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    await db.update(users).set({ status: 'pending' }).where(eq(users.id, actor.id));
    await expectRefused(() => register({ actor, input: form(meeting, actor), now }), 'accountNotActive');
  });

  it('refuses a second head with a field error on the role', async () => {
    const { meeting, head } = await delegationWithHead();
    const other = await factory.createActor({ role: 'delegate', partyId: head.partyId });
    const error = await expectRefused(() => register({ actor: other, input: form(meeting, other, { delegationRole: 'head' }), now }), 'delegationHasHead');
    expect(error.fieldErrors).toEqual({ delegationRole: 'delegationHasHead' });
  });

  it('registering again after withdrawing makes the registration pending again', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const first = await register({ actor, input: form(meeting, actor), now });
    await withdrawRegistration({ actor, input: { registrationId: first.id } });
    const again = await register({ actor, input: form(meeting, actor, { position: 'Deputy Director' }), now });
    expect(again).toMatchObject({ id: first.id, status: 'pending', position: 'Deputy Director' });
    expect((await counts()).registrations).toBe(1);
  });

  it('50 registrations of one person at once give exactly one row', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        register({ actor, input: form(meeting, actor), now }).then(
          () => 'saved',
          (e: unknown) => (e instanceof AppError ? e.messageKey : String(e)),
        ),
      ),
    );
    expect(results.filter((r) => r === 'saved')).toHaveLength(1);
    expect(results.filter((r) => r === 'alreadyRegistered')).toHaveLength(49);
    expect(await counts()).toMatchObject({ registrations: 1, delegations: 1, emails: 1 });
  });
});

describe('ensureDelegation', () => {
  it('makes one delegation of a party however many ask at once, and gives each the same one', async () => {
    const meeting = await openMeeting();
    const party = await factory.createParty();
    // Outside a transaction, so without the meeting's lock: the reads miss and the inserts race.
    const delegationsGiven = await Promise.all(Array.from({ length: 10 }, () => ensureDelegation(meeting.id, party.id)));
    expect(new Set(delegationsGiven.map((delegation) => delegation.id)).size).toBe(1);
    expect((await counts()).delegations).toBe(1);
    expect((await ensureDelegation(meeting.id, party.id)).id).toBe(delegationsGiven[0]!.id);
  });
});

describe('registerMember', () => {
  function memberForm(meeting: { id: string }, partyId: string | null, values: Record<string, unknown> = {}) {
    return registerMemberSchema.parse({ ...form(meeting, { partyId } as Actor), name: 'Lee Min-seo', email: 'Lee.Minseo@Example.org', ...values });
  }

  it('the head registers another member of their own delegation by name and email', async () => {
    const { meeting, head } = await delegationWithHead();
    const member = await registerMember({ actor: head, input: memberForm(meeting, head.partyId), now });
    expect(member).toMatchObject({ name: 'Lee Min-seo', email: 'lee.minseo@example.org', userId: null, registeredByUserId: head.id, partyId: head.partyId });
  });

  it('refuses a member who is not the head, a head of another party, and an email already registered', async () => {
    const { meeting, head } = await delegationWithHead();
    const plain = await factory.createActor({ role: 'delegate', partyId: head.partyId });
    await register({ actor: plain, input: form(meeting, plain), now });
    await expectRefused(() => registerMember({ actor: plain, input: memberForm(meeting, head.partyId), now }), 'forbidden');
    const other = await delegationWithHead();
    await expectRefused(() => registerMember({ actor: other.head, input: memberForm(meeting, head.partyId), now }), 'forbidden');
    await expectRefused(() => registerMember({ actor: head, input: memberForm(meeting, head.partyId, { email: plain.email }), now }), 'alreadyRegistered');
  });
});

describe('updateRegistration and withdrawRegistration', () => {
  it('edits until the deadline; a stale edit, an edit after the deadline and someone else’s edit are refused', async () => {
    const meeting = await openMeeting({ registrationClosesAt: new Date('2029-12-20T00:00:00Z') });
    const actor = await factory.createActor({ role: 'delegate' });
    const registration = await register({ actor, input: form(meeting, actor), now });
    const { meetingId: _m, partyId: _p, ...fields } = form(meeting, actor, { participation: 'online' });
    const updated = await updateRegistration({ actor, input: { registrationId: registration.id, version: registration.version, ...fields }, now });
    expect(updated).toMatchObject({ participation: 'online', version: registration.version + 1 });
    await expectRefused(
      () => updateRegistration({ actor, input: { registrationId: registration.id, version: registration.version, ...fields }, now }),
      'registrationChangedMeanwhile',
    );
    await expectRefused(
      () => updateRegistration({ actor, input: { registrationId: registration.id, version: updated.version, ...fields }, now: new Date('2029-12-21T00:00:00Z') }),
      'registrationEditsClosed',
    );
    const stranger = await factory.createActor({ role: 'delegate' });
    await expectRefused(() => updateRegistration({ actor: stranger, input: { registrationId: registration.id, version: updated.version, ...fields }, now }), 'notFound');
    await expectRefused(() => withdrawRegistration({ actor: stranger, input: { registrationId: registration.id } }), 'notFound');
  });

  it('withdraws at any time, even after registration closed', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const registration = await register({ actor, input: form(meeting, actor), now });
    await db.update(registrations).set({ status: 'approved' });
    const withdrawn = await withdrawRegistration({ actor, input: { registrationId: registration.id } });
    expect(withdrawn.status).toBe('cancelled');
    await expectRefused(() => withdrawRegistration({ actor, input: { registrationId: registration.id } }), 'registrationNotActive');
  });

  it('refuses a withdrawal once the meeting is over: its participants are its record', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const registration = await register({ actor, input: form(meeting, actor), now });
    await db.update(registrations).set({ status: 'approved' }).where(eq(registrations.id, registration.id));
    await db.update(meetings).set({ status: 'concluded' }).where(eq(meetings.id, meeting.id));
    expect(await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now })).toMatchObject({ notOpenBecause: 'over', can: { withdraw: false } });
    await expectRefused(() => withdrawRegistration({ actor, input: { registrationId: registration.id } }), 'meetingClosedForEdits');
    const [kept] = await db.select().from(registrations).where(eq(registrations.id, registration.id));
    expect(kept!.status).toBe('approved');
  });
});

describe('decideRegistrations', () => {
  async function threeRegistrations() {
    const meeting = await openMeeting();
    const people = await Promise.all([1, 2, 3].map(() => factory.createActor({ role: 'delegate' })));
    const rows = [];
    for (const person of people) rows.push(await register({ actor: person, input: form(meeting, person), now }));
    return { meeting, people, rows };
  }

  it('approves many at once, recording who and when, with one email each', async () => {
    const staff = await factory.createActor();
    const { meeting, rows } = await threeRegistrations();
    // One takes part online: no letter for a visa is offered to them.
    await db.update(registrations).set({ participation: 'online' }).where(eq(registrations.id, rows[0]!.id));
    const decided = await decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: rows.map((r) => r.id), decision: 'approved', reason: null } });
    expect(decided.every((r) => r.status === 'approved' && r.decidedByUserId === staff.id && r.decidedAt)).toBe(true);
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'registration_approved'));
    expect(emails).toHaveLength(3);
    const offersLetter = (email: string) => emails.find((e) => e.toAddress === email.toLowerCase())!.body.includes('download it from your registration page');
    expect(rows.map((row) => offersLetter(row.email))).toEqual([false, true, true]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'registration.approved')).orderBy(asc(auditEvents.id))).toHaveLength(3);
  });

  it('rejects with a reason (sent in the email) and puts back to pending', async () => {
    const staff = await factory.createActor();
    const { meeting, rows } = await threeRegistrations();
    const [rejected] = await decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: [rows[0]!.id], decision: 'rejected', reason: 'Not a focal point' } });
    expect(rejected).toMatchObject({ status: 'rejected', decisionReason: 'Not a focal point' });
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'registration_rejected'));
    expect(email!.body).toContain('Not a focal point');
    const [reopened] = await decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: [rows[0]!.id], decision: 'pending', reason: null } });
    expect(reopened).toMatchObject({ status: 'pending', decisionReason: null, decidedByUserId: null });
  });

  it('a batch with one registration that cannot move is refused whole; nothing written', async () => {
    const staff = await factory.createActor();
    const { meeting, rows } = await threeRegistrations();
    await decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: [rows[0]!.id], decision: 'approved', reason: null } });
    await expectRefused(
      () => decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: rows.map((r) => r.id), decision: 'approved', reason: null } }),
      'registrationAlreadyInStatus',
    );
  });

  it('two staff approving the same registrations at once: one batch is saved, the other refused, one email each', async () => {
    const [hana, sato] = [await factory.createActor(), await factory.createActor()];
    const { meeting, rows } = await threeRegistrations();
    const input = { meetingId: meeting.id, registrationIds: rows.map((r) => r.id), decision: 'approved' as const, reason: null };
    const results = await Promise.all(
      [hana, sato].map((actor) =>
        decideRegistrations({ actor, input }).then(
          () => 'saved',
          (e: unknown) => (e instanceof AppError ? e.messageKey : String(e)),
        ),
      ),
    );
    expect(results.sort()).toEqual(['registrationAlreadyInStatus', 'saved']);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'registration_approved'))).toHaveLength(3);
  });

  it('a delegate, an observer and the chair may not decide; a registration of another meeting is not found', async () => {
    const { meeting, people, rows } = await threeRegistrations();
    const input = { meetingId: meeting.id, registrationIds: [rows[0]!.id], decision: 'approved' as const, reason: null };
    await expectRefused(() => decideRegistrations({ actor: people[0]!, input }), 'forbidden');
    const observer = await factory.createActor({ role: 'observer', partyId: (await factory.createParty({ kind: 'observer' })).id });
    await expectRefused(() => decideRegistrations({ actor: observer, input }), 'forbidden');
    const chair = await factory.createActor({ role: 'chair' });
    await expectRefused(() => decideRegistrations({ actor: chair, input }), 'forbidden');
    const other = await openMeeting();
    const staff = await factory.createActor();
    await expectRefused(() => decideRegistrations({ actor: staff, input: { ...input, meetingId: other.id } }), 'notFound');
  });

  it('the queue filters by party and status, falls back on bad parameters, and is refused to delegates', async () => {
    const staff = await factory.createActor();
    const { meeting, people, rows } = await threeRegistrations();
    await decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: [rows[0]!.id], decision: 'approved', reason: null } });
    const all = await findRegistrationQueue({ actor: staff, input: { meetingId: meeting.id, params: registrationQueueParamsSchema.parse({ status: 'nonsense', party: 'x', page: '-3' }) } });
    expect(all.page.total).toBe(3);
    const pending = await findRegistrationQueue({ actor: staff, input: { meetingId: meeting.id, params: registrationQueueParamsSchema.parse({ status: 'pending' }) } });
    expect(pending.page.items.map((r) => r.id).sort()).toEqual([rows[1]!.id, rows[2]!.id].sort());
    const ofParty = await findRegistrationQueue({ actor: staff, input: { meetingId: meeting.id, params: registrationQueueParamsSchema.parse({ party: people[1]!.partyId }) } });
    expect(ofParty.page.items.map((r) => r.id)).toEqual([rows[1]!.id]);
    await refusal(findRegistrationQueue({ actor: people[0]!, input: { meetingId: meeting.id, params: registrationQueueParamsSchema.parse({}) } }));
  });

  it('gives staff each queued person’s stay and needs, to arrange the meeting', async () => {
    const staff = await factory.createActor();
    const meeting = await openMeeting();
    const party = await factory.createParty();
    await factory.createRegistration({
      meetingId: meeting.id,
      partyId: party.id,
      status: 'pending',
      arrivalDate: '2030-01-09',
      departureDate: '2030-01-12',
      dietaryNeeds: 'Halal',
      accessNeeds: 'Wheelchair access',
    });
    const queue = await findRegistrationQueue({ actor: staff, input: { meetingId: meeting.id, params: registrationQueueParamsSchema.parse({}) } });
    expect(queue.page.items).toEqual([
      expect.objectContaining({ arrivalDate: '2030-01-09', departureDate: '2030-01-12', dietaryNeeds: 'Halal', accessNeeds: 'Wheelchair access' }),
    ]);
  });

  it('counts per party and status; a delegate sees only their own party’s', async () => {
    const staff = await factory.createActor();
    const { meeting, people } = await threeRegistrations();
    const detail = (await findMeetingDetail(meeting.id))!;
    const all = await getParticipation({ actor: staff, meeting: detail, now });
    expect(all.counts.reduce((n, c) => n + c.count, 0)).toBe(3);
    expect(all.can).toMatchObject({ moderate: true });
    const own = await getParticipation({ actor: people[0]!, meeting: detail, now });
    expect(own.counts).toEqual([expect.objectContaining({ partyId: people[0]!.partyId, status: 'pending', count: 1 })]);
    expect(own.can).toMatchObject({ moderate: false, register: true });
  });

  it("gives a delegate the status of their own registration, none once withdrawn, and staff none", async () => {
    const staff = await factory.createActor();
    const { meeting, people, rows } = await threeRegistrations();
    const detail = (await findMeetingDetail(meeting.id))!;
    await decideRegistrations({ actor: staff, input: { meetingId: meeting.id, registrationIds: [rows[0]!.id], decision: 'approved', reason: null } });
    await withdrawRegistration({ actor: people[1]!, input: { registrationId: rows[1]!.id } });
    const newcomer = await factory.createActor({ role: 'delegate' });
    const statusOf = async (actor: Actor) => (await getParticipation({ actor, meeting: detail, now })).ownStatus;
    expect(await Promise.all([people[0]!, people[1]!, people[2]!, newcomer, staff].map(statusOf))).toEqual(['approved', null, 'pending', null, null]);
  });
});

describe('delegations', () => {
  it('the head sees the delegation with the head first and confirms members; a member reads it; another party’s is not found', async () => {
    const { meeting, head } = await delegationWithHead();
    const member = await factory.createActor({ role: 'delegate', partyId: head.partyId });
    const memberRegistration = await register({ actor: member, input: form(meeting, member, { delegationRole: 'adviser' }), now });
    const [delegation] = await db.select().from(delegations);
    const view = await getDelegation({ actor: head, input: { meetingId: meeting.id, delegationId: delegation!.id } });
    expect(view.members.map((m) => m.delegationRole)).toEqual(['head', 'adviser']);
    expect(view.can).toMatchObject({ confirmMembers: true, designateHead: true, uploadCredentials: true });
    const confirmed = await confirmMember({ actor: head, input: { registrationId: memberRegistration.id } });
    expect(confirmed.confirmedByHeadAt).toBeInstanceOf(Date);
    const asMember = await getDelegation({ actor: member, input: { meetingId: meeting.id, delegationId: delegation!.id } });
    expect(asMember.can).toMatchObject({ confirmMembers: false, designateHead: false, uploadCredentials: false });
    expect(asMember.letters).toEqual([]);
    await expectRefused(() => confirmMember({ actor: member, input: { registrationId: memberRegistration.id } }), 'forbidden');
    const stranger = await factory.createActor({ role: 'delegate' });
    await expectRefused(() => getDelegation({ actor: stranger, input: { meetingId: meeting.id, delegationId: delegation!.id } }), 'notFound');
    await expectRefused(() => getDelegations({ actor: head, input: { meetingId: meeting.id } }), 'forbidden');
    const staffView = await getDelegations({ actor: await factory.createActor(), input: { meetingId: meeting.id } });
    expect(staffView.delegations).toEqual([expect.objectContaining({ headName: head.name, memberCount: 2 })]);
  });

  it('the head designates another head and becomes a delegate, audited; another party’s head is refused', async () => {
    const { meeting, head, headRegistration } = await delegationWithHead();
    const member = await factory.createActor({ role: 'delegate', partyId: head.partyId });
    const memberRegistration = await register({ actor: member, input: form(meeting, member), now });
    const [delegation] = await db.select().from(delegations);
    const other = await delegationWithHead();
    await expectRefused(() => designateHead({ actor: other.head, input: { delegationId: delegation!.id, registrationId: memberRegistration.id } }), 'notFound');
    await expectRefused(() => designateHead({ actor: member, input: { delegationId: delegation!.id, registrationId: memberRegistration.id } }), 'forbidden');
    const newHead = await designateHead({ actor: head, input: { delegationId: delegation!.id, registrationId: memberRegistration.id } });
    expect(newHead.delegationRole).toBe('head');
    const [previous] = await db.select().from(registrations).where(eq(registrations.id, headRegistration.id));
    expect(previous!.delegationRole).toBe('delegate');
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'delegation.head_designated')).orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(1);
    // The log shows the change of head as a field, from one name to the other.
    const [shown] = await describeEvents(events.map((event) => ({ ...event, actorName: head.name })));
    expect(shown!.changes).toContainEqual({ field: 'head', before: { kind: 'text', text: head.name }, after: { kind: 'text', text: member.name } });
  });
});

describe('credentials', () => {
  it('the head uploads a PDF; the secretariat receives and accepts it; the letter downloads for staff and the head only', async () => {
    const { head } = await delegationWithHead();
    const [delegation] = await db.select().from(delegations);
    const letter = await uploadCredentials({ actor: head, input: { delegationId: delegation!.id, file: pdf() } });
    expect((await db.select().from(delegations))[0]!.credentialsStatus).toBe('submitted');
    const staff = await factory.createActor();
    await reviewCredentials({ actor: staff, input: { delegationId: delegation!.id, status: 'received', note: null } });
    const accepted = await reviewCredentials({ actor: staff, input: { delegationId: delegation!.id, status: 'accepted', note: null } });
    expect(accepted).toMatchObject({ credentialsStatus: 'accepted', credentialsDecidedByUserId: staff.id });
    expect((await getCredentialsLetter({ actor: staff, input: { letterId: letter.id } })).contentType).toBe('application/pdf');
    expect((await getCredentialsLetter({ actor: head, input: { letterId: letter.id } })).id).toBe(letter.id);
    const member = await factory.createActor({ role: 'delegate', partyId: head.partyId });
    await refusal(getCredentialsLetter({ actor: member, input: { letterId: letter.id } }));
    await expectRefused(() => reviewCredentials({ actor: staff, input: { delegationId: delegation!.id, status: 'received', note: null } }), 'credentialsTransitionNotAllowed');
  });

  it('asks for a correction with a note; the head submits again', async () => {
    const { head } = await delegationWithHead();
    const [delegation] = await db.select().from(delegations);
    await uploadCredentials({ actor: head, input: { delegationId: delegation!.id, file: pdf() } });
    const staff = await factory.createActor();
    const corrected = await reviewCredentials({ actor: staff, input: { delegationId: delegation!.id, status: 'correction_requested', note: 'Signature missing' } });
    expect(corrected).toMatchObject({ credentialsStatus: 'correction_requested', credentialsNote: 'Signature missing' });
    await uploadCredentials({ actor: head, input: { delegationId: delegation!.id, file: pdf('signed.pdf') } });
    expect(await db.select().from(credentialsLetters)).toHaveLength(2);
  });

  it('refuses a file that is not a PDF, a head of another party, a member and a delegate reviewing; nothing written', async () => {
    const { head } = await delegationWithHead();
    const [delegation] = await db.select().from(delegations);
    const docx = new File([new TextEncoder().encode('hello, not a pdf')], 'letter.pdf');
    await expectRefused(() => uploadCredentials({ actor: head, input: { delegationId: delegation!.id, file: docx } }), 'credentialsPdfOnly');
    const other = await delegationWithHead();
    await expectRefused(() => uploadCredentials({ actor: other.head, input: { delegationId: delegation!.id, file: pdf() } }), 'notFound');
    await expectRefused(() => reviewCredentials({ actor: head, input: { delegationId: delegation!.id, status: 'received', note: null } }), 'forbidden');
  });

  it('the credentials report lists every member state not retired, alphabetically, with the unrepresented ones', async () => {
    const { meeting, head } = await delegationWithHead();
    await factory.createParty({ name: 'Aaa Land', kind: 'member_state' });
    await factory.createParty({ name: 'Retired Land', kind: 'member_state' }).then((p) => db.execute(`update parties set retired_at = now() where id = '${p.id}'`));
    await factory.createParty({ name: 'Some Organization', kind: 'organization' });
    const withdrawnOnly = await factory.createActor({ role: 'delegate' });
    const gone = await register({ actor: withdrawnOnly, input: form(meeting, withdrawnOnly), now });
    await withdrawRegistration({ actor: withdrawnOnly, input: { registrationId: gone.id } });
    const report = await getCredentialsReport({ actor: await factory.createActor(), input: { meetingId: meeting.id } });
    const names = report.states.map((s) => s.partyName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).not.toContain('Retired Land');
    expect(names).not.toContain('Some Organization');
    expect(report.states.find((s) => s.partyName === 'Aaa Land')).toMatchObject({ isRepresented: false, credentialsStatus: null });
    expect(report.states.find((s) => s.partyId === withdrawnOnly.partyId)).toMatchObject({ isRepresented: false });
    expect(report.states.find((s) => s.partyId === head.partyId)).toMatchObject({ isRepresented: true, credentialsStatus: 'pending' });
    await refusal(getCredentialsReport({ actor: head, input: { meetingId: meeting.id } }));
  });
});

describe('getRegistrationPage', () => {
  it('shows the form to a delegate who has not registered, their registration after, and is refused to the secretariat without a party', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate' });
    const before = await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now });
    expect(before).toMatchObject({ registration: null, isOpen: true, notOpenBecause: null, window: { earliest: '2030-01-08', latest: '2030-01-13' }, can: { register: true } });
    // Before a day set for it to open, the page can say when; with no day set, only that it is not open.
    await db.update(meetings).set({ registrationOpensAt: new Date(now.getTime() + 86_400_000) }).where(eq(meetings.id, meeting.id));
    expect((await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now })).notOpenBecause).toBe('notYet');
    await db.update(meetings).set({ registrationOpensAt: null, status: 'registration_closed' }).where(eq(meetings.id, meeting.id));
    expect((await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now })).notOpenBecause).toBe('closed');
    await db.update(meetings).set({ status: 'registration_open' }).where(eq(meetings.id, meeting.id));
    await register({ actor, input: form(meeting, actor, { delegationRole: 'head' }), now });
    const after = await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now });
    expect(after).toMatchObject({ registration: { status: 'pending' }, can: { register: false, edit: true, withdraw: true, registerMembers: true } });
    await refusal(getRegistrationPage({ actor: await factory.createActor({ partyId: null }), input: { meetingId: meeting.id }, now }));
  });

  it('starts the form with the position the account gives, then with what a withdrawn registration said', async () => {
    const meeting = await openMeeting();
    const actor = await factory.createActor({ role: 'delegate', position: 'Director-General' });
    expect((await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now })).suggested).toEqual({ position: 'Director-General', organization: '' });
    const registration = await register({ actor, input: form(meeting, actor, { position: 'Director', organization: 'Ministry of Environment' }), now });
    await withdrawRegistration({ actor, input: { registrationId: registration.id } });
    expect((await getRegistrationPage({ actor, input: { meetingId: meeting.id }, now })).suggested).toEqual({ position: 'Director', organization: 'Ministry of Environment' });
  });
});
