import 'server-only';
import { db, type Tx } from '@/db/client';
import {
  demoteHead,
  findDelegation,
  findHeadRegistration,
  findRegistration,
  insertCredentialsLetter,
  markConfirmedByHead,
  updateCredentialsStatus,
  updateRegistrationAtVersion,
  type CredentialsLetterSummary,
} from '@/db/queries/registrations';
import type { Delegation, Registration } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { checkDocumentFile } from '../documents/file-type';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, can, type Actor } from '../permissions';
import { assertCredentialsTransition, isActiveRegistration } from './lifecycle';
import type { DesignateHeadInput, RegistrationIdInput, ReviewCredentialsInput, UploadCredentialsInput } from './schemas';

/** A delegation and its head, for a head's (or the secretariat's) change; anyone else is told it does not exist. */
async function loadLedDelegation(tx: Tx, actor: Actor, delegationId: string) {
  const delegation = await findDelegation(delegationId, tx);
  if (!delegation) throw new AppError('NOT_FOUND', 'notFound');
  const head = await findHeadRegistration(delegation.id, tx);
  if (!can(actor, 'delegations:lead', { delegation: { partyId: delegation.partyId, headUserId: head?.userId ?? null } })) {
    // Their own party's delegation exists for them (read-only); another party's does not.
    throw new AppError(actor.partyId === delegation.partyId ? 'FORBIDDEN' : 'NOT_FOUND', actor.partyId === delegation.partyId ? 'forbidden' : 'notFound');
  }
  return { delegation, head };
}

// The secretariat or the delegation's current head names its head; the previous head becomes a delegate.
export async function designateHead({ actor, input }: { actor: Actor; input: DesignateHeadInput }): Promise<Registration> {
  return db.transaction(async (tx) => {
    const { delegation, head } = await loadLedDelegation(tx, actor, input.delegationId);
    await lockMeetingForChange(tx, delegation.meetingId);
    if (delegation.partyKind === 'observer') throw new AppError('INVALID_STATE', 'observersHaveNoHead');
    const member = await findRegistration(input.registrationId, tx);
    if (!member || member.delegationId !== delegation.id) throw new AppError('NOT_FOUND', 'notFound');
    if (!isActiveRegistration(member.status)) throw new AppError('INVALID_STATE', 'registrationNotActive');
    if (head?.id === member.id) throw new AppError('INVALID_STATE', 'alreadyHead');
    const previous = await demoteHead(delegation.id, tx);
    const fresh = previous?.id === member.id ? previous : member;
    const updated = await updateRegistrationAtVersion(member.id, fresh.version, { delegationRole: 'head' }, tx);
    if (!updated) throw new AppError('CONFLICT', 'registrationChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'delegation.head_designated',
      entityType: 'delegation',
      entityId: delegation.id,
      change: { fields: { head: { before: previous?.name ?? null, after: updated.name }, ...changedFields(member, updated, ['delegationRole']) } },
    });
    return updated;
  });
}

// The head of delegation confirms that a registration belongs to their delegation.
export async function confirmMember({ actor, input }: { actor: Actor; input: RegistrationIdInput }): Promise<Registration> {
  return db.transaction(async (tx) => {
    const member = await findRegistration(input.registrationId, tx);
    if (!member) throw new AppError('NOT_FOUND', 'notFound');
    const { delegation } = await loadLedDelegation(tx, actor, member.delegationId);
    await lockMeetingForChange(tx, delegation.meetingId);
    const updated = await markConfirmedByHead(member.id, tx);
    if (!updated) throw new AppError('INVALID_STATE', 'memberNotConfirmable');
    await recordAudit(tx, actor, {
      action: 'registration.confirmed_by_head',
      entityType: 'registration',
      entityId: updated.id,
      change: { fields: changedFields(member, updated, ['confirmedByHeadAt']), version: updated.version },
    });
    return updated;
  });
}

// The head uploads the delegation's credentials letter: a PDF, checked from its bytes.
export async function uploadCredentials({ actor, input }: { actor: Actor; input: UploadCredentialsInput }): Promise<CredentialsLetterSummary> {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkDocumentFile(input.file.name, bytes);
  if (!checked.ok || checked.type.contentType !== 'application/pdf') {
    const reason = checked.ok ? 'credentialsPdfOnly' : checked.reason === 'fileTypeMismatch' ? 'fileTypeMismatch' : 'credentialsPdfOnly';
    // The permission is checked first, so a stranger learns nothing about the file rules.
    await db.transaction((tx) => loadLedDelegation(tx, actor, input.delegationId));
    throw new AppError('INVALID_STATE', reason, { file: reason });
  }
  return db.transaction(async (tx) => {
    const { delegation } = await loadLedDelegation(tx, actor, input.delegationId);
    await lockMeetingForChange(tx, delegation.meetingId, {
      assertAccepts: (m) => {
        if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelled');
      },
    });
    assertCredentialsTransition(delegation.credentialsStatus, 'submitted');
    const updated = await updateCredentialsStatus(
      delegation.id,
      { from: delegation.credentialsStatus, to: 'submitted', note: null, decidedByUserId: null },
      tx,
    );
    if (!updated) throw new AppError('CONFLICT', 'credentialsChangedMeanwhile');
    const letter = await insertCredentialsLetter(
      { delegationId: delegation.id, fileName: input.file.name, contentType: 'application/pdf', content: Buffer.from(bytes), uploadedByUserId: actor.id },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'delegation.credentials_submitted',
      entityType: 'delegation',
      entityId: delegation.id,
      change: { fields: changedFields(delegation, updated, ['credentialsStatus', 'credentialsNote']), version: updated.version, fileName: letter.fileName },
    });
    return letter;
  });
}

// The secretariat marks the credentials received, accepts them, or asks for a correction with a note.
export async function reviewCredentials({ actor, input }: { actor: Actor; input: ReviewCredentialsInput }): Promise<Delegation> {
  assertCan(actor, 'credentials:review');
  return db.transaction(async (tx) => {
    const delegation = await findDelegation(input.delegationId, tx);
    if (!delegation) throw new AppError('NOT_FOUND', 'notFound');
    await lockMeetingForChange(tx, delegation.meetingId, {
      assertAccepts: (m) => {
        if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelled');
      },
    });
    assertCredentialsTransition(delegation.credentialsStatus, input.status);
    const note = input.status === 'correction_requested' ? input.note : null;
    const updated = await updateCredentialsStatus(delegation.id, { from: delegation.credentialsStatus, to: input.status, note, decidedByUserId: actor.id }, tx);
    if (!updated) throw new AppError('CONFLICT', 'credentialsChangedMeanwhile');
    await recordAudit(tx, actor, {
      action: 'delegation.credentials_reviewed',
      entityType: 'delegation',
      entityId: delegation.id,
      change: { fields: changedFields(delegation, updated, ['credentialsStatus', 'credentialsNote']), version: updated.version },
    });
    return updated;
  });
}
