import 'server-only';
import { db } from '@/db/client';
import { findPartyById } from '@/db/queries/parties';
import { insertObjection } from '@/db/queries/statement-adoption';
import { updateStatementFrom } from '@/db/queries/statements';
import { findUserById, listActiveUsersByRole } from '@/db/queries/users';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { publicUrl } from '../config';
import { enqueueEmail } from '../email/outbox';
import { AppError } from '../errors';
import { can, type Actor } from '../permissions';
import { silenceBrokenEmail } from './adoption-emails';
import type { LodgeObjectionInput } from './adoption-schemas';
import { statementPath } from './links';
import { lockStatementForChange } from './statement-change';

// A member state's delegate objects, for their own party, to a text under silence procedure before
// its deadline: silence is broken, the text goes back to drafting, and the objection is shown to
// everyone who reads the statement. Delegates and the chair are told by email.
export async function lodgeObjection({ actor, input }: { actor: Actor; input: LodgeObjectionInput }): Promise<Statement> {
  const party = await findPartyById(input.partyId);
  if (!party || party.kind !== 'member_state') throw new AppError('FORBIDDEN', 'objectionMemberStatesOnly');
  if (!can(actor, 'statements:object', { party: { partyId: party.id, kind: party.kind } })) throw new AppError('FORBIDDEN', 'objectionOwnPartyOnly');
  return db.transaction(async (tx) => {
    // A procedure whose deadline has passed is recorded as adopted here, so a late objection meets an adopted text.
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    if (statement.status !== 'silence_procedure' || !statement.silenceDeadline) {
      throw new AppError('INVALID_STATE', statement.adoptionManner === 'silence' ? 'objectionDeadlinePassed' : 'objectionNoSilenceProcedure');
    }

    await insertObjection({ statementId: statement.id, silenceDeadline: statement.silenceDeadline, partyId: party.id, userId: actor.id, text: input.text }, tx);
    const broken = (await updateStatementFrom(
      statement.id,
      'silence_procedure',
      { status: 'drafting', silenceStartedAt: null, silenceDeadline: null, finalizedAt: null, finalizedByUserId: null },
      tx,
    ))!;
    await recordAudit(tx, actor, {
      action: 'statement.silence_broken',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: 'silence_procedure', after: 'drafting' },
          silenceDeadline: { before: statement.silenceDeadline.toISOString(), after: null },
          partyId: { after: party.id },
          objection: { after: input.text },
        },
        version: broken.version,
      },
    });

    const link = new URL(statementPath(statement), publicUrl).href;
    const chair = meeting.chairUserId ? await findUserById(meeting.chairUserId, tx) : undefined;
    const recipients = [...(await listActiveUsersByRole('delegate', tx)), ...(chair && !chair.isDisabled ? [chair] : [])];
    for (const person of recipients) {
      await enqueueEmail(tx, silenceBrokenEmail(person, statement.title, party.name, input.text, link));
    }
    return broken;
  });
}
