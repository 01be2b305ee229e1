import 'server-only';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { isOnRecord } from './amendment-rules';
import { amendmentsCompilation, hasCompilation } from './amendments-compilation';
import { amendmentTargets, readsNegotiation } from './get-statement-amendments';
import { readParagraphsOfRevisions, readStatement, readStatementRecords } from './read-statement';
import { renderCompilationPdf } from './render-compilation-pdf';
import { paperFileName } from './statement-paper';

// The compilation of a statement's amendments and general comments as a PDF, for those who follow the
// negotiation (as its amendments list is); to anyone else, or where neither is on record, there is none.
export async function getAmendmentsCompilation({ actor, input }: { actor: Actor; input: { meetingId: string; statementId: string } }) {
  const { statement, meeting, now } = await readStatement(actor, input.statementId);
  if (statement.meetingId !== input.meetingId || !readsNegotiation(actor, meeting)) throw new AppError('NOT_FOUND', 'statementNotFound');
  const { amendments, comments } = await readStatementRecords(statement.id);
  if (!hasCompilation({ amendments, comments })) throw new AppError('NOT_FOUND', 'amendmentNotFound');
  const listed = amendments.filter(isOnRecord);

  const revisions = await readParagraphsOfRevisions(statement.id, [...new Set(listed.map((amendment) => amendment.revisionNumber))]);
  const { refs, texts } = amendmentTargets(revisions.values());
  const paper = amendmentsCompilation({
    meetingTitle: meeting.title,
    timeZone: meeting.timeZone,
    statement,
    amendments: listed.map((amendment) => ({ ...amendment, target: refs.get(amendment.paragraphId)!, targetText: texts.get(amendment.paragraphId)! })),
    comments,
    now,
  });
  return {
    body: await renderCompilationPdf(paper),
    contentType: 'application/pdf',
    fileName: paperFileName({ symbol: null, title: `Compilation on ${statement.title}` }, 'pdf'),
  };
}
