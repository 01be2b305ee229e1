import 'server-only';
import { db } from '@/db/client';
import { deleteAmendmentSponsor } from '@/db/queries/statement-amendments';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { lockAmendmentForChange, type ChangedAmendment } from './amendment-change';
import { withdrawSupportRefusal } from './amendment-rules';
import type { AmendmentRefInput } from './amendment-schemas';

// A co-sponsoring member state's delegate takes back their party's support of an amendment.
export async function withdrawSupport({ actor, input }: { actor: Actor; input: AmendmentRefInput }): Promise<ChangedAmendment> {
  return db.transaction(async (tx) => {
    const { meeting, statement, amendment, facts } = await lockAmendmentForChange(tx, actor, input.amendmentId);
    const refusal = withdrawSupportRefusal(amendment, facts);
    if (refusal) throw refusal;
    const party = facts.party!;
    if (!(await deleteAmendmentSponsor({ amendmentId: amendment.id, partyId: party.partyId }, tx))) {
      throw new AppError('INVALID_STATE', 'amendmentNotSponsored');
    }
    await recordAudit(tx, actor, {
      action: 'statement.amendment_support_withdrawn',
      entityType: 'statement',
      entityId: statement.id,
      change: { fields: { amendmentNumber: { after: amendment.number }, partyId: { before: party.partyId } } },
    });
    return { ...amendment, meetingId: meeting.id };
  });
}
