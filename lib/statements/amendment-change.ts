import 'server-only';
import type { Tx } from '@/db/client';
import type { MeetingDetail } from '@/db/queries/meetings';
import { findPartyById } from '@/db/queries/parties';
import { findAmendment, type AmendmentWithSponsors } from '@/db/queries/statement-amendments';
import type { Statement, StatementAmendment } from '@/db/schema';
import { appNow } from '../clock';
import { AppError } from '../errors';
import type { Actor, KindedPartyRef } from '../permissions';
import { canReadStatement } from './abilities';
import type { AmendmentFacts } from './amendment-rules';
import { lockStatementForChange } from './statement-change';

/** The actor's own party as amendments see it (never a party the client names). */
export async function actorParty(actor: Actor, ex?: Tx): Promise<KindedPartyRef | null> {
  const party = actor.partyId ? await findPartyById(actor.partyId, ex) : undefined;
  return party ? { partyId: party.id, kind: party.kind } : null;
}

/** What an amendment use-case answers: the amendment, and the meeting its statement's page is under. */
export type ChangedAmendment = StatementAmendment & { meetingId: string };

type LockedStatement = { meeting: MeetingDetail; statement: Statement; facts: AmendmentFacts };

/**
 * The statement's locks (lib/statements/statement-change.ts) and the facts the amendment rules
 * judge by. A statement the actor may not read is as missing as one that does not exist.
 */
export async function lockStatementForAmendment(tx: Tx, actor: Actor, statementId: string, now: Date = appNow()): Promise<LockedStatement> {
  const { meeting, statement } = await lockStatementForChange(tx, statementId, now);
  if (!canReadStatement(actor, { meeting, statement })) throw new AppError('NOT_FOUND', 'statementNotFound');
  const party = await actorParty(actor, tx);
  return { meeting, statement, facts: { actor, meeting, statement, party, now } };
}

/** The same for a change of one amendment: read again under the statement's lock, so its status is the committed one. */
export async function lockAmendmentForChange(
  tx: Tx,
  actor: Actor,
  amendmentId: string,
  now: Date = appNow(),
): Promise<LockedStatement & { amendment: AmendmentWithSponsors }> {
  const found = await findAmendment(amendmentId, tx);
  if (!found) throw new AppError('NOT_FOUND', 'amendmentNotFound');
  const locked = await lockStatementForAmendment(tx, actor, found.statementId, now);
  return { ...locked, amendment: (await findAmendment(amendmentId, tx))! };
}
