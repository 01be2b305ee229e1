import 'server-only';
import { db } from '@/db/client';
import { deleteContribution } from '@/db/queries/programme';
import type { Contribution } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { RemoveContributionInput } from './schemas';

// The secretariat takes off a pledge or payment recorded by mistake (a wrong amount, party or year),
// to record it again rightly. The totals follow in the database (migration 0012's trigger); the audit
// log keeps what was removed.
export async function removeContribution({ actor, input }: { actor: Actor; input: RemoveContributionInput }): Promise<Contribution> {
  assertCan(actor, 'programme:manage');
  return db.transaction(async (tx) => {
    const removed = await deleteContribution(input.contributionId, tx);
    if (!removed) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: 'contribution.removed',
      entityType: 'contribution',
      entityId: removed.id,
      change: {
        fields: {
          ...recordFields(removed, ['partyId', 'year', 'amount', 'currency', 'date', 'projectId', 'note'], 'before'),
          contributionKind: { before: removed.kind },
        },
      },
    });
    return removed;
  });
}
