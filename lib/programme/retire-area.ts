import 'server-only';
import { db } from '@/db/client';
import { findAreaById, retireArea as retireAreaRow } from '@/db/queries/programme';
import type { ProgrammeArea } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { RetireAreaInput } from './schemas';

// The secretariat retires an area: it takes no new projects, and keeps the ones it has.
export async function retireArea({ actor, input }: { actor: Actor; input: RetireAreaInput }): Promise<ProgrammeArea> {
  assertCan(actor, 'programme:manage');
  return db.transaction(async (tx) => {
    const area = await retireAreaRow(input.areaId, tx);
    if (!area) {
      const existing = await findAreaById(input.areaId, tx);
      throw existing ? new AppError('INVALID_STATE', 'areaRetiredAlready') : new AppError('NOT_FOUND', 'notFound');
    }
    await recordAudit(tx, actor, {
      action: 'area.retired',
      entityType: 'area',
      entityId: area.id,
      change: { fields: { retiredAt: { before: null, after: area.retiredAt?.toISOString() ?? null } } },
    });
    return area;
  });
}
