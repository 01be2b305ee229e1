import 'server-only';
import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import type { MeetingDetail } from '@/db/queries/meetings';
import {
  ensureDelegation,
  findHeadRegistration,
  findRegistrationOfPerson,
  insertRegistration,
  updateRegistrationAtVersion,
} from '@/db/queries/registrations';
import { parties, users, type Delegation, type Registration } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields, recordFields, renamedFields } from '../changes';
import { enqueueEmail } from '../email/outbox';
import { AppError, isUniqueViolation } from '../errors';
import { isRegistrationOpen } from '../meetings/lifecycle';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { registrationReceivedEmail } from './emails';
import { stayDateErrors } from './lifecycle';
import { isParticipant, rolesForParty } from './rules';
import type { RegisterInput, RegisterMemberInput } from './schemas';

export const registrationAuditFields = [
  'name',
  'email',
  'delegationRole',
  'honorific',
  'position',
  'organization',
  'participation',
  'arrivalDate',
  'departureDate',
  'dietaryNeeds',
  'accessNeeds',
  'isListedPublicly',
  'status',
] as const satisfies readonly (keyof Registration)[];

/** A registration's `status` is kept as `registrationStatus` in the audit trail, which reads `status` as a meeting's. */
export const registrationFieldNames = { status: 'registrationStatus' };

type Fields = Omit<RegisterInput, 'meetingId' | 'partyId'>;

/** The checks every write of a registration's own fields makes: the party's roles and the stay window. */
export function assertRegistrationFields(meeting: Pick<MeetingDetail, 'startDate' | 'endDate'>, partyKind: 'member_state' | 'organization' | 'observer', fields: Fields) {
  const errors: Record<string, string> = { ...stayDateErrors(meeting, fields) };
  if (!rolesForParty(partyKind).includes(fields.delegationRole)) errors.delegationRole = 'delegationRoleInvalid';
  if (Object.keys(errors).length > 0) throw new AppError('INVALID_STATE', Object.values(errors)[0]!, errors);
}

/** Maps the database's uniqueness refusals of a registration to the fields that caused them. */
export function registrationConflict(error: unknown, emailField: 'email' | null): AppError | undefined {
  if (isUniqueViolation(error, 'registrations_one_head_idx')) {
    return new AppError('CONFLICT', 'delegationHasHead', { delegationRole: 'delegationHasHead' });
  }
  if (isUniqueViolation(error, 'registrations_meeting_email_unique') || isUniqueViolation(error, 'registrations_meeting_user_unique')) {
    return new AppError('CONFLICT', 'alreadyRegistered', emailField ? { [emailField]: 'alreadyRegistered' } : undefined);
  }
  return undefined;
}

function assertOpen(now: Date) {
  return (meeting: MeetingDetail) => {
    if (!isRegistrationOpen(meeting, now)) throw new AppError('INVALID_STATE', 'registrationNotOpen');
  };
}

async function loadParty(tx: Tx, partyId: string) {
  const [party] = await tx.select().from(parties).where(eq(parties.id, partyId));
  if (!party) throw new AppError('NOT_FOUND', 'partyInvalid');
  if (party.retiredAt) throw new AppError('INVALID_STATE', 'partyRetiredForRegistration');
  return party;
}

type Person = { userId: string | null; name: string; email: string };

/**
 * Writes a person's registration in their party's delegation (the caller's `ensureDelegation`, which
 * the transaction takes back if this refuses), under the meeting's lock: a withdrawn registration is
 * made pending again; anything else is "already registered".
 */
async function writeRegistration(
  tx: Tx,
  actor: Actor,
  meeting: MeetingDetail,
  delegation: Delegation,
  person: Person,
  fields: Fields,
): Promise<Registration> {
  const { partyId } = delegation;
  const party = await loadParty(tx, partyId);
  assertRegistrationFields(meeting, party.kind, fields);
  const existing = await findRegistrationOfPerson(meeting.id, person, tx);
  if (existing && existing.status !== 'cancelled') {
    throw new AppError('CONFLICT', 'alreadyRegistered', person.userId === actor.id ? undefined : { email: 'alreadyRegistered' });
  }
  if (existing && existing.partyId !== partyId) throw new AppError('CONFLICT', 'alreadyRegistered');
  const values = {
    ...fields,
    name: person.name,
    email: person.email.toLowerCase(),
    userId: person.userId,
    registeredByUserId: actor.id,
  };
  let registration: Registration;
  if (existing) {
    const reactivated = await updateRegistrationAtVersion(
      existing.id,
      existing.version,
      { ...values, status: 'pending', decisionReason: null, decidedAt: null, decidedByUserId: null, confirmedByHeadAt: null },
      tx,
    );
    if (!reactivated) throw new AppError('CONFLICT', 'registrationChangedMeanwhile');
    registration = reactivated;
    await recordAudit(tx, actor, {
      action: 'registration.reactivated',
      entityType: 'registration',
      entityId: registration.id,
      change: { fields: renamedFields(changedFields(existing, registration, registrationAuditFields), registrationFieldNames), version: registration.version },
    });
  } else {
    registration = await insertRegistration({ ...values, meetingId: meeting.id, delegationId: delegation.id, partyId }, tx);
    await recordAudit(tx, actor, {
      action: 'registration.created',
      entityType: 'registration',
      entityId: registration.id,
      change: { fields: renamedFields(recordFields(registration, registrationAuditFields), registrationFieldNames), version: registration.version },
    });
  }
  await enqueueEmail(tx, registrationReceivedEmail(registration, meeting));
  return registration;
}

// A signed-in delegate or observer with an active account registers themselves, in their own party's delegation.
export async function register({ actor, input, now = new Date() }: { actor: Actor; input: RegisterInput; now?: Date }): Promise<Registration> {
  const { meetingId, partyId, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const meeting = await lockMeetingForChange(tx, meetingId, { assertAccepts: assertOpen(now) });
      // A person registers in their own party only, whoever they are.
      if (actor.partyId !== partyId || !isParticipant(actor)) throw new AppError('FORBIDDEN', 'registerOwnPartyOnly');
      assertCan(actor, 'delegations:register', { meeting, party: { partyId } });
      const [account] = await tx.select().from(users).where(eq(users.id, actor.id));
      if (!account || account.status !== 'active' || account.isDisabled) throw new AppError('FORBIDDEN', 'accountNotActive');
      const delegation = await ensureDelegation(meeting.id, partyId, tx);
      return await writeRegistration(tx, actor, meeting, delegation, { userId: actor.id, name: account.name, email: account.email }, fields);
    });
  } catch (error) {
    throw registrationConflict(error, null) ?? error;
  }
}

// A head of delegation registers another member of their own delegation by name and email.
export async function registerMember({ actor, input, now = new Date() }: { actor: Actor; input: RegisterMemberInput; now?: Date }): Promise<Registration> {
  const { meetingId, partyId, name, email, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const meeting = await lockMeetingForChange(tx, meetingId, { assertAccepts: assertOpen(now) });
      const delegation = await ensureDelegation(meeting.id, partyId, tx);
      const head = await findHeadRegistration(delegation.id, tx);
      assertCan(actor, 'delegations:lead', { delegation: { partyId, headUserId: head?.userId ?? null } });
      // The member's account, when the email is one: it must belong to the same party.
      const [account] = await tx.select().from(users).where(eq(users.email, email));
      if (account && account.partyId !== partyId) throw new AppError('CONFLICT', 'emailOfAnotherParty', { email: 'emailOfAnotherParty' });
      return await writeRegistration(tx, actor, meeting, delegation, { userId: account?.id ?? null, name, email }, fields);
    });
  } catch (error) {
    throw registrationConflict(error, 'email') ?? error;
  }
}
