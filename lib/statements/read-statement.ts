import 'server-only';
import { findMeetingDetail, type MeetingDetail } from '@/db/queries/meetings';
import { findPartyById } from '@/db/queries/parties';
import { findStatement } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { AppError } from '../errors';
import type { Actor, KindedPartyRef } from '../permissions';
import { canReadStatement, statementAbilities, type StatementAbilities } from './abilities';
import { effectiveStatement } from './silence';

export type ReadableStatement = {
  /** As it stands now: a silence procedure past its deadline reads as adopted, recorded or not. */
  statement: Statement;
  meeting: MeetingDetail;
  party: KindedPartyRef | null;
  can: StatementAbilities;
};

/**
 * The statement the actor asked for, if they may read it (one they may not is as missing as one
 * that does not exist), with what they may do with it. Every reader of statements starts here.
 */
export async function readStatement(actor: Actor, statementId: string, now: Date = new Date()): Promise<ReadableStatement> {
  const [stored, ownParty] = await Promise.all([findStatement(statementId), actor.partyId ? findPartyById(actor.partyId) : undefined]);
  if (!stored) throw new AppError('NOT_FOUND', 'statementNotFound');
  const meeting = (await findMeetingDetail(stored.meetingId))!;
  const statement = effectiveStatement(stored, now);
  if (!canReadStatement(actor, { meeting, statement })) throw new AppError('NOT_FOUND', 'statementNotFound');
  const party = ownParty ? { partyId: ownParty.id, kind: ownParty.kind } : null;
  return { statement, meeting, party, can: statementAbilities(actor, { meeting, statement, party, now }) };
}
