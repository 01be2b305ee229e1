import 'server-only';
import { db } from '@/db/client';
import { insertParty } from '@/db/queries/parties';
import type { Party } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError, isUniqueViolation } from '../errors';
import { assertCan, type Actor } from '../permissions';
import type { AddPartyInput } from './schemas';

// Staff add a party: a member state that joins the programme, a partner organization, an observer.
export async function addParty({ actor, input }: { actor: Actor; input: AddPartyInput }): Promise<Party> {
  assertCan(actor, 'parties:manage');
  try {
    return await db.transaction(async (tx) => {
      const party = await insertParty({ code: input.code, name: input.name, kind: input.kind }, tx);
      await recordAudit(tx, actor, {
        action: 'party.added',
        entityType: 'party',
        entityId: party.id,
        // `partyKind`, not `kind`: the log names a document's kind `kind`.
        change: { fields: { code: { after: party.code }, name: { after: party.name }, partyKind: { after: party.kind } } },
      });
      return party;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'parties_code_unique')) throw new AppError('CONFLICT', 'partyCodeTaken', { code: 'partyCodeTaken' });
    throw error;
  }
}
