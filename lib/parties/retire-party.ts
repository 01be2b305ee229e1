import 'server-only';
import { db } from '@/db/client';
import { findPartyById, retirePartyRow } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { RetirePartyInput } from './schemas';

// Staff retire a party that no longer takes part: it keeps its accounts, registrations and history,
// and is no longer offered for sign-up, invitations or new accounts.
export async function retireParty({ actor, input }: { actor: Actor; input: RetirePartyInput }): Promise<Party> {
  assertCan(actor, 'parties:manage');
  return db.transaction(async (tx) => {
    // Guarded in SQL: of two retirements at once, the second finds nothing left to retire.
    const party = await retirePartyRow(input.partyId, tx);
    if (!party) {
      const existing = await findPartyById(input.partyId, tx);
      throw existing ? new AppError('INVALID_STATE', 'partyAlreadyRetired') : new AppError('NOT_FOUND', 'notFound');
    }
    await recordAudit(tx, actor, {
      action: 'party.retired',
      entityType: 'party',
      entityId: party.id,
      change: { fields: { retiredAt: { before: null, after: party.retiredAt?.toISOString() ?? null } } },
    });
    return party;
  });
}
