import 'server-only';
import type { Tx } from '@/db/client';
import { findPartyById } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { AppError } from '../errors';

/**
 * The party a new account, sign-up or invitation names, held until the transaction ends so it cannot
 * be retired meanwhile; refused, on the form's field, when it is unknown or retired.
 */
export async function requireActiveParty(tx: Tx, partyId: string, field = 'partyId'): Promise<Party> {
  const party = await findPartyById(partyId, tx, { lock: 'share' });
  if (!party) throw new AppError('NOT_FOUND', 'partyInvalid', { [field]: 'partyInvalid' });
  if (party.retiredAt) throw new AppError('INVALID_STATE', 'partyRetired', { [field]: 'partyRetired' });
  return party;
}
