import 'server-only';
import type { Executor } from '@/db/client';
import { listPositions } from '@/db/queries/statement-adoption';
import { findRevisionParagraphs } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { numberParagraphs } from './numbering';
import { orderPositions } from './positions';
import { adoptionLine, positionKindLabels, statementKindLabels, type StatementPaper } from './statement-paper';

/** The adopted text of a statement as its paper prints it: the latest revision, numbered, and the parties' positions. */
export async function readStatementPaper(
  ex: Executor,
  statement: Statement,
  meeting: { title: string; timeZone: string },
  symbol: string | null,
): Promise<StatementPaper> {
  if (!statement.adoptedAt || !statement.adoptionManner) throw new Error(`statement ${statement.id} is not adopted`);
  const [paragraphs, positions] = await Promise.all([findRevisionParagraphs(statement.id, statement.currentRevision, ex), listPositions(statement.id, ex)]);
  return {
    symbol,
    title: statement.title,
    kindLabel: statementKindLabels[statement.kind],
    meetingTitle: meeting.title,
    adoptionLine: adoptionLine({ adoptionManner: statement.adoptionManner, adoptedAt: statement.adoptedAt }, meeting.timeZone),
    paragraphs: numberParagraphs(paragraphs).map(({ number, kind, text }) => ({ number, kind, text })),
    positions: orderPositions(positions).map((p) => ({ partyName: p.partyName, kind: p.kind, kindLabel: positionKindLabels[p.kind], text: p.text })),
  };
}
