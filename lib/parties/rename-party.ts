import 'server-only';
import { db } from '@/db/client';
import { findPartyById, updatePartyName } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { recordAudit } from '../audit';
import { changedFields } from '../changes';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { RenamePartyInput } from './schemas';

// Staff correct or update a party's name (a country's official name, an organization's new one);
// its code, and every record that names it, stay as they are.
export async function renameParty({ actor, input }: { actor: Actor; input: RenamePartyInput }): Promise<Party> {
  assertCan(actor, 'parties:manage');
  return db.transaction(async (tx) => {
    const before = await findPartyById(input.partyId, tx);
    if (!before) throw new AppError('NOT_FOUND', 'notFound');
    const party = await updatePartyName(input.partyId, input.name, tx);
    if (!party) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, actor, {
      action: 'party.renamed',
      entityType: 'party',
      entityId: party.id,
      change: { fields: changedFields(before, party, ['name']) },
    });
    return party;
  });
}
