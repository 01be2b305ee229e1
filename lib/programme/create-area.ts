import 'server-only';
import { db } from '@/db/client';
import { insertArea } from '@/db/queries/programme';
import type { ProgrammeArea } from '@/db/schema';
import { recordAudit } from '../audit';
import { recordFields } from '../changes';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { CreateAreaInput } from './schemas';

// The secretariat adds a programme area: no code change needed.
export async function createArea({ actor, input }: { actor: Actor; input: CreateAreaInput }): Promise<ProgrammeArea> {
  assertCan(actor, 'programme:manage');
  try {
    return await db.transaction(async (tx) => {
      const area = await insertArea(input, tx);
      await recordAudit(tx, actor, {
        action: 'area.created',
        entityType: 'area',
        entityId: area.id,
        change: { fields: recordFields(area, ['code', 'name', 'description']) },
      });
      return area;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'programme_areas_code_unique')) throw new AppError('CONFLICT', 'areaCodeTaken', { code: 'areaCodeTaken' });
    throw error;
  }
}
