import 'server-only';
import { db } from '@/db/client';
import { insertAmendmentSponsor } from '@/db/queries/statement-amendments';
import { recordAudit } from '../audit';
import type { Actor } from '../permissions';
import { lockAmendmentForChange, type ChangedAmendment } from './amendment-change';
import { cosponsorRefusal } from './amendment-rules';
import type { AmendmentRefInput } from './amendment-schemas';

// Another member state's delegate supports a proposed amendment for their own party, once.
export async function cosponsorAmendment({ actor, input }: { actor: Actor; input: AmendmentRefInput }): Promise<ChangedAmendment> {
  return db.transaction(async (tx) => {
    const { meeting, statement, amendment, facts } = await lockAmendmentForChange(tx, actor, input.amendmentId);
    const refusal = cosponsorRefusal(amendment, facts);
    if (refusal) throw refusal;
    const party = facts.party!;
    // Under the statement's lock no second request of the party gets here; the primary key stands behind it.
    await insertAmendmentSponsor({ amendmentId: amendment.id, partyId: party.partyId, userId: actor.id }, tx);
    await recordAudit(tx, actor, {
      action: 'statement.amendment_sponsored',
      entityType: 'statement',
      entityId: statement.id,
      change: { fields: { amendmentNumber: { after: amendment.number }, partyId: { after: party.partyId } } },
    });
    return { ...amendment, meetingId: meeting.id };
  });
}
