import 'server-only';
import { db } from '@/db/client';
import { findAreaById, restoreArea as restoreAreaRow } from '@/db/queries/programme';
import type { ProgrammeArea } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { RestoreAreaInput } from './schemas';

// The secretariat brings a retired area back: it takes new projects again.
export async function restoreArea({ actor, input }: { actor: Actor; input: RestoreAreaInput }): Promise<ProgrammeArea> {
  assertCan(actor, 'programme:manage');
  return db.transaction(async (tx) => {
    const before = await findAreaById(input.areaId, tx);
    const area = await restoreAreaRow(input.areaId, tx);
    if (!area) throw before ? new AppError('INVALID_STATE', 'areaActiveAlready') : new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: 'area.restored',
      entityType: 'area',
      entityId: area.id,
      change: { fields: { retiredAt: { before: before?.retiredAt?.toISOString() ?? null, after: null } } },
    });
    return area;
  });
}
