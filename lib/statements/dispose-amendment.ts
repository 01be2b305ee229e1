import 'server-only';
import { db } from '@/db/client';
import { findPartyById } from '@/db/queries/parties';
import { updateAmendmentFrom } from '@/db/queries/statement-amendments';
import { listActiveDelegatesOfParties } from '@/db/queries/users';
import { recordAudit } from '../audit';
import { publicUrl } from '../config';
import { enqueueEmail } from '../email/outbox';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { lockAmendmentForChange, type ChangedAmendment } from './amendment-change';
import { disposeRefusal } from './amendment-rules';
import type { DisposeAmendmentInput } from './amendment-schemas';
import { amendmentDecidedEmail } from './emails';
import { statementPath } from './links';

// The secretariat or the meeting's chair accepts a proposed amendment, accepts it with a change of
// its words (a change recommendation), or rejects it with a reason. The delegates of the proposing
// and co-sponsoring parties are told by email.
export async function disposeAmendment({ actor, input }: { actor: Actor; input: DisposeAmendmentInput }): Promise<ChangedAmendment> {
  return db.transaction(async (tx) => {
    const { meeting, statement, amendment, facts } = await lockAmendmentForChange(tx, actor, input.amendmentId);
    const refusal = disposeRefusal(amendment, facts);
    if (refusal) throw refusal;
    if (input.acceptedText !== null && input.acceptedText === amendment.text) {
      throw new AppError('INVALID_STATE', 'invalid', { acceptedText: 'amendmentChangeSameAsProposal' });
    }

    const status = input.decision === 'reject' ? 'rejected' : 'accepted';
    const decided = await updateAmendmentFrom(
      amendment.id,
      'proposed',
      { status, acceptedText: input.acceptedText, decisionReason: input.reason, decidedByUserId: actor.id, decidedAt: facts.now },
      tx,
    );
    if (!decided) throw new AppError('INVALID_STATE', 'amendmentNotProposed');
    await recordAudit(tx, actor, {
      action: 'statement.amendment_decided',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          amendmentNumber: { after: amendment.number },
          amendmentStatus: { before: 'proposed', after: status },
          ...(input.acceptedText !== null && { acceptedText: { before: amendment.text, after: input.acceptedText } }),
          ...(input.reason !== null && { decisionReason: { after: input.reason } }),
        },
      },
    });

    const party = (await findPartyById(amendment.partyId, tx))!;
    const link = new URL(statementPath(statement), publicUrl).href;
    const decision = {
      number: amendment.number,
      partyName: party.name,
      status,
      acceptedText: input.acceptedText,
      reason: input.reason,
      decidedBy: actor.role === 'chair' ? 'chair' : 'secretariat',
    } as const;
    for (const delegate of await listActiveDelegatesOfParties([amendment.partyId, ...amendment.sponsorPartyIds], tx)) {
      await enqueueEmail(tx, amendmentDecidedEmail(delegate, statement.title, meeting.title, decision, link));
    }
    return { ...decided, meetingId: meeting.id };
  });
}
