import 'server-only';
import { db } from '@/db/client';
import { findPartyById } from '@/db/queries/parties';
import { findProjectDetail, insertContribution } from '@/db/queries/programme';
import type { Contribution } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { RecordContributionInput } from './schemas';

// The secretariat records a party's pledge or payment, to the core fund or earmarked for a project.
export async function recordContribution({ actor, input }: { actor: Actor; input: RecordContributionInput }): Promise<Contribution> {
  assertCan(actor, 'programme:manage');
  return db.transaction(async (tx) => {
    if (!(await findPartyById(input.partyId, tx))) throw new AppError('INVALID_STATE', 'invalid', { partyId: 'partyInvalid' });
    if (input.projectId && !(await findProjectDetail(input.projectId, tx))) {
      throw new AppError('INVALID_STATE', 'invalid', { projectId: 'projectInvalid' });
    }
    const contribution = await insertContribution({ ...input, recordedByUserId: actor.id }, tx);
    await recordAudit(tx, actor, {
      action: 'contribution.recorded',
      entityType: 'contribution',
      entityId: contribution.id,
      change: {
        fields: {
          ...recordFields(contribution, ['partyId', 'year', 'amount', 'currency', 'date', 'projectId', 'note']),
          contributionKind: { after: contribution.kind },
        },
      },
    });
    return contribution;
  });
}
