import 'server-only';
import { db } from '@/db/client';
import { updateAmendmentFrom } from '@/db/queries/statement-amendments';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { lockAmendmentForChange, type ChangedAmendment } from './amendment-change';
import { withdrawRefusal } from './amendment-rules';
import type { AmendmentRefInput } from './amendment-schemas';

// A delegate of the party that proposed an amendment withdraws it, as long as nobody has decided on it.
export async function withdrawAmendment({ actor, input }: { actor: Actor; input: AmendmentRefInput }): Promise<ChangedAmendment> {
  return db.transaction(async (tx) => {
    const { meeting, statement, amendment, facts } = await lockAmendmentForChange(tx, actor, input.amendmentId);
    const refusal = withdrawRefusal(amendment, facts);
    if (refusal) throw refusal;
    const withdrawn = await updateAmendmentFrom(amendment.id, 'proposed', { status: 'withdrawn', decidedByUserId: actor.id, decidedAt: facts.now }, tx);
    if (!withdrawn) throw new AppError('INVALID_STATE', 'amendmentNotProposed');
    await recordAudit(tx, actor, {
      action: 'statement.amendment_withdrawn',
      entityType: 'statement',
      entityId: statement.id,
      change: { fields: { amendmentNumber: { after: amendment.number }, amendmentStatus: { before: 'proposed', after: 'withdrawn' } } },
    });
    return { ...withdrawn, meetingId: meeting.id };
  });
}
