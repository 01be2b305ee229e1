import 'server-only';
import { db, type Tx } from '@/db/client';
import { findDelegation, findHeadRegistration, findRegistration, updateRegistrationAtVersion, updateRegistrationStatus } from '@/db/queries/registrations';
import type { Registration } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields, renamedFields } from '../changes';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { can, type Actor } from '../permissions';
import { isActiveRegistration } from './lifecycle';
import { assertRegistrationFields, registrationAuditFields, registrationConflict, registrationFieldNames } from './register';
import { isRegistrationEditable } from './rules';
import type { RegistrationIdInput, UpdateRegistrationInput } from './schemas';

/** The person themselves, their head of delegation, or the secretariat; anyone else is told it does not exist. */
async function loadOwnRegistration(tx: Tx, actor: Actor, registrationId: string) {
  const registration = await findRegistration(registrationId, tx);
  if (!registration) throw new AppError('NOT_FOUND', 'notFound');
  if (registration.userId === actor.id) return registration;
  const head = await findHeadRegistration(registration.delegationId, tx);
  if (can(actor, 'delegations:lead', { delegation: { partyId: registration.partyId, headUserId: head?.userId ?? null } })) return registration;
  throw new AppError('NOT_FOUND', 'notFound');
}

// The person (or their head of delegation) changes a registration until the registration deadline.
export async function updateRegistration({ actor, input, now = new Date() }: { actor: Actor; input: UpdateRegistrationInput; now?: Date }): Promise<Registration> {
  const { registrationId, version, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const current = await loadOwnRegistration(tx, actor, registrationId);
      const meeting = await lockMeetingForChange(tx, current.meetingId, {
        assertAccepts: (m) => {
          if (!isRegistrationEditable(m, now)) throw new AppError('INVALID_STATE', 'registrationEditsClosed');
        },
      });
      if (!isActiveRegistration(current.status)) throw new AppError('INVALID_STATE', 'registrationNotActive');
      const delegation = await findDelegation(current.delegationId, tx);
      assertRegistrationFields(meeting, delegation!.partyKind, fields);
      if (current.version !== version) throw new AppError('CONFLICT', 'registrationChangedMeanwhile');
      const updated = await updateRegistrationAtVersion(registrationId, version, fields, tx);
      if (!updated) throw new AppError('CONFLICT', 'registrationChangedMeanwhile');
      await recordAudit(tx, actor, {
        action: 'registration.updated',
        entityType: 'registration',
        entityId: updated.id,
        change: { fields: changedFields(current, updated, registrationAuditFields), version: updated.version },
      });
      return updated;
    });
  } catch (error) {
    throw registrationConflict(error, null) ?? error;
  }
}

// The person (or their head of delegation) withdraws a registration, until the meeting is over: a
// concluded or cancelled meeting's participants are its record.
export async function withdrawRegistration({ actor, input }: { actor: Actor; input: RegistrationIdInput }): Promise<Registration> {
  return db.transaction(async (tx) => {
    const current = await loadOwnRegistration(tx, actor, input.registrationId);
    await lockMeetingForChange(tx, current.meetingId);
    if (!isActiveRegistration(current.status)) throw new AppError('INVALID_STATE', 'registrationNotActive');
    const updated = await updateRegistrationStatus(current.id, { from: current.status, to: 'cancelled' }, tx);
    if (!updated) throw new AppError('CONFLICT', 'registrationChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'registration.withdrawn',
      entityType: 'registration',
      entityId: updated.id,
      change: { fields: renamedFields(changedFields(current, updated, ['status']), registrationFieldNames), version: updated.version },
    });
    return updated;
  });
}
