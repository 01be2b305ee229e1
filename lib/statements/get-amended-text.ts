import 'server-only';
import type { Actor } from '../permissions';
import { readsNegotiation } from './get-statement-amendments';
import { mergeView, type MergeView } from './get-merge-preview';
import { readStatement, readStatementRecords, type ReadableStatement } from './read-statement';

export type AmendedText = Pick<ReadableStatement, 'statement' | 'meeting'> & MergeView;

// The rolling text of a negotiation: the circulated revision with the amendments accepted so far merged
// in, word by word, for everyone who follows the negotiation (and the room's screen). A paragraph two
// accepted amendments rewrite keeps its words until the secretariat settles it. Nothing (null) while the
// text is not circulated, no amendment is accepted yet, or the reader does not follow the negotiation.
export async function getAmendedText({ actor, input }: { actor: Actor; input: { statementId: string } }): Promise<AmendedText | null> {
  const { statement, meeting } = await readStatement(actor, input.statementId);
  if (statement.status !== 'circulated' || !readsNegotiation(actor, meeting)) return null;
  // The records the statement's page reads anyway tell whether anything waits to be merged; the merge's
  // own reads are made only then.
  const { amendments } = await readStatementRecords(statement.id);
  if (!amendments.some((a) => a.status === 'accepted' && a.mergedIntoRevision === null)) return null;
  const view = await mergeView(statement);
  return view.amendments.length === 0 ? null : { statement, meeting, ...view };
}
