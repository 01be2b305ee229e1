import 'server-only';
import { db } from '@/db/client';
import { updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { zonedLocalToInstant } from '../time-zones';
import type { AdoptByConsensusInput } from './adoption-schemas';
import { assertChairOf } from './chair';
import { assertBasedOnLatestRevision, lockStatementForChange } from './statement-change';

// The chair records that the meeting adopted the final text by consensus, at the date and time it
// did (in the meeting's time zone): from then on the text is frozen.
export async function adoptByConsensus({ actor, input }: { actor: Actor; input: AdoptByConsensusInput }): Promise<Statement> {
  return db.transaction(async (tx) => {
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    assertChairOf(actor, meeting);
    if (statement.status !== 'final') throw new AppError('INVALID_STATE', 'adoptOnlyFinal');
    await assertBasedOnLatestRevision(tx, statement, input.basedOnRevision);
    const adoptedAt = zonedLocalToInstant(input.adoptedAt, meeting.timeZone);
    if (adoptedAt.getTime() > appNow().getTime()) throw new AppError('INVALID_STATE', 'invalid', { adoptedAt: 'adoptedAtInFuture' });

    const adopted = (await updateStatementFrom(
      statement.id,
      'final',
      { status: 'adopted', adoptionManner: 'consensus', adoptedAt, adoptedByUserId: actor.id },
      tx,
    ))!;
    await recordAudit(tx, actor, {
      action: 'statement.adopted',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: 'final', after: 'adopted' },
          adoptionManner: { after: 'consensus' },
          adoptedAt: { after: adoptedAt.toISOString() },
          revision: { after: statement.currentRevision },
        },
        version: adopted.version,
      },
    });
    return adopted;
  });
}
