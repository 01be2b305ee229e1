import 'server-only';
import { db } from '@/db/client';
import { findParagraphWithRevision, insertAmendment, listOpenAmendmentsOfParagraph, nextAmendmentNumber } from '@/db/queries/statement-amendments';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { lockStatementForAmendment, type ChangedAmendment } from './amendment-change';
import { proposeRefusal, repeatedProposalRefusal } from './amendment-rules';
import type { ProposeAmendmentInput } from './amendment-schemas';

// A member state's delegate proposes, for their own party, to replace, delete or add a paragraph
// after one of the circulated text, with a rationale; it becomes the statement's next numbered amendment.
export async function proposeAmendment({ actor, input }: { actor: Actor; input: ProposeAmendmentInput }): Promise<ChangedAmendment> {
  return db.transaction(async (tx) => {
    // The statement's row lock numbers amendments one at a time; the unique (statement, number) stands behind it.
    const { meeting, statement, facts } = await lockStatementForAmendment(tx, actor, input.statementId);
    const refusal = proposeRefusal(facts);
    if (refusal) throw refusal;
    const party = facts.party!;

    const paragraph = await findParagraphWithRevision(statement.id, input.paragraphId, tx);
    if (!paragraph) throw new AppError('NOT_FOUND', 'invalid', { paragraphId: 'amendmentParagraphRequired' });
    if (paragraph.revisionNumber !== statement.circulatedRevision) {
      throw new AppError('CONFLICT', 'amendmentRevisionStale', undefined, { values: { revision: statement.circulatedRevision! } });
    }
    if (input.kind === 'replace' && input.text === paragraph.text) throw new AppError('INVALID_STATE', 'invalid', { text: 'amendmentTextUnchanged' });
    const repeated = repeatedProposalRefusal(input, await listOpenAmendmentsOfParagraph(paragraph.id, tx), party.partyId);
    if (repeated) throw repeated;

    const number = await nextAmendmentNumber(statement.id, tx);
    const amendment = await insertAmendment(
      {
        statementId: statement.id,
        number,
        revisionId: paragraph.revisionId,
        paragraphId: paragraph.id,
        kind: input.kind,
        text: input.text,
        paragraphKind: input.paragraphKind,
        rationale: input.rationale,
        partyId: party.partyId,
        proposedByUserId: actor.id,
      },
      tx,
    );
    await recordAudit(tx, actor, {
      action: 'statement.amendment_proposed',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          amendmentNumber: { after: number },
          amendmentKind: { after: input.kind },
          partyId: { after: party.partyId },
          revision: { after: paragraph.revisionNumber },
          rationale: { after: input.rationale },
        },
      },
    });
    return { ...amendment, meetingId: meeting.id };
  });
}
