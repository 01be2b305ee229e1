import 'server-only';
import { db } from '@/db/client';
import { listRegistrationsByIds, updateRegistrationStatus } from '@/db/queries/registrations';
import type { Registration } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields, renamedFields } from '../changes';
import { registrationFieldNames } from './register';
import { enqueueEmail } from '../email/outbox';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import { participationLetterRefusal } from '../participants/participation-letter';
import { registrationApprovedEmail, registrationRejectedEmail } from './emails';
import { assertRegistrationTransition } from './lifecycle';
import type { DecideRegistrationsInput } from './schemas';

// The secretariat approves, rejects (with a reason) or puts back to pending one or many registrations
// at once: all or none, each row guarded by the status it was decided from, each audited and told.
export async function decideRegistrations({ actor, input }: { actor: Actor; input: DecideRegistrationsInput }): Promise<Registration[]> {
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId);
    assertCan(actor, 'registrations:moderate', { meeting });
    const ids = [...new Set(input.registrationIds)];
    const current = await listRegistrationsByIds(meeting.id, ids, tx);
    if (current.length !== ids.length) throw new AppError('NOT_FOUND', 'notFound');
    for (const registration of current) assertRegistrationTransition(registration.status, input.decision);
    const decided: Registration[] = [];
    const now = new Date();
    for (const registration of current) {
      const values =
        input.decision === 'pending'
          ? { decisionReason: null, decidedByUserId: null, decidedAt: null }
          : { decisionReason: input.decision === 'rejected' ? input.reason : null, decidedByUserId: actor.id, decidedAt: now };
      const updated = await updateRegistrationStatus(registration.id, { from: registration.status, to: input.decision, values }, tx);
      if (!updated) throw new AppError('CONFLICT', 'registrationChangedMeanwhile');
      await recordAudit(tx, actor, {
        action: input.decision === 'pending' ? 'registration.reopened' : `registration.${input.decision}`,
        entityType: 'registration',
        entityId: updated.id,
        change: { fields: renamedFields(changedFields(registration, updated, ['status', 'decisionReason']), registrationFieldNames), version: updated.version },
      });
      if (input.decision === 'approved') {
        await enqueueEmail(tx, registrationApprovedEmail(updated, meeting, { offersLetter: participationLetterRefusal(updated, meeting, []) === null }));
      }
      if (input.decision === 'rejected') await enqueueEmail(tx, registrationRejectedEmail(updated, meeting, input.reason!));
      decided.push(updated);
    }
    return decided;
  });
}
