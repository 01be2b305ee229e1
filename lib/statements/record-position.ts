import 'server-only';
import { db } from '@/db/client';
import { findPartyById } from '@/db/queries/parties';
import { insertPosition } from '@/db/queries/statement-adoption';
import { recordAudit } from '../audit';
import { AppError, isUniqueViolation } from '../errors';
import { can, type Actor } from '../permissions';
import type { RecordPositionInput } from './adoption-schemas';
import { acceptsPositions } from './lifecycle';
import { lockStatementForChange } from './statement-change';
import { partyStartingSentence } from '../parties/names';

// A member state records a reservation or an explanation of position on the adopted text, before it
// is published, once of each kind: its delegate for their own party, or the secretariat for the party that made it at the
// meeting. Positions are shown with the text; they are not part of it.
export async function recordPosition({ actor, input }: { actor: Actor; input: RecordPositionInput }): Promise<{ statementId: string; meetingId: string }> {
  const party = await findPartyById(input.partyId);
  if (!party || party.kind !== 'member_state') throw new AppError('FORBIDDEN', 'positionMemberStatesOnly');
  if (!can(actor, 'statements:recordPosition', { party: { partyId: party.id, kind: party.kind } })) throw new AppError('FORBIDDEN', 'positionOwnPartyOnly');
  try {
    return await db.transaction(async (tx) => {
      const { statement } = await lockStatementForChange(tx, input.statementId);
      if (!acceptsPositions(statement.status)) {
        throw new AppError('INVALID_STATE', statement.status === 'published' ? 'positionAfterPublication' : 'positionNotAdopted');
      }
      await insertPosition({ statementId: statement.id, partyId: party.id, kind: input.kind, text: input.text, createdByUserId: actor.id }, tx);
      await recordAudit(tx, actor, {
        action: 'statement.position_recorded',
        entityType: 'statement',
        entityId: statement.id,
        change: { fields: { partyId: { after: party.id }, positionKind: { after: input.kind }, note: { after: input.text } } },
      });
      return { statementId: statement.id, meetingId: statement.meetingId };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'statement_positions_once')) {
      throw new AppError('CONFLICT', 'positionAlreadyRecorded', undefined, { values: { party: partyStartingSentence(party.name) } });
    }
    throw error;
  }
}
