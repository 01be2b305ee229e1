import 'server-only';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { amendmentNeighbours, isOnRecord } from './amendment-rules';
import { amendmentTargets, amendmentView, readsNegotiation, type AmendmentView } from './get-statement-amendments';
import { readParagraphsOfRevisions, readStatement, readStatementRecords, type ReadableStatement } from './read-statement';

export type AmendmentOnScreen = Pick<ReadableStatement, 'statement' | 'meeting'> & {
  amendment: AmendmentView;
  /** The amendments the operator steps to, by number (withdrawn ones passed over). */
  previous: number | null;
  next: number | null;
  /** How many amendments are before the meeting (not withdrawn), for "3 of 7". */
  position: { index: number; count: number } | null;
};

// One amendment as the room reads it on the projector while it is debated. Only those who may read the
// negotiation see it; to anyone else, as to a number the statement never gave, it does not exist.
export async function getAmendmentOnScreen({ actor, input }: { actor: Actor; input: { statementId: string; number: number } }): Promise<AmendmentOnScreen> {
  const { statement, meeting, party, now } = await readStatement(actor, input.statementId);
  if (!readsNegotiation(actor, meeting)) throw new AppError('NOT_FOUND', 'amendmentNotFound');
  const { amendments } = await readStatementRecords(statement.id);
  const row = amendments.find((a) => a.number === input.number);
  if (!row) throw new AppError('NOT_FOUND', 'amendmentNotFound');

  const paragraphs = (await readParagraphsOfRevisions(statement.id, [row.revisionNumber])).get(row.revisionNumber)!;
  const amendment = amendmentView(row, { ...amendmentTargets([paragraphs]), facts: { actor, meeting, statement, party, now } });
  const onRecord = amendments.filter(isOnRecord);
  const index = onRecord.findIndex((a) => a.number === row.number);
  return {
    statement,
    meeting,
    amendment,
    ...amendmentNeighbours(amendments, row.number),
    position: index === -1 ? null : { index: index + 1, count: onRecord.length },
  };
}
