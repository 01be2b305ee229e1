import 'server-only';
import { appNow } from '../clock';
import { paperDate } from '../documents/paper-dates';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import { getAmendedText } from './get-amended-text';
import { renderAmendedDocx } from './render-amended-docx';
import { paperFileName } from './statement-paper';

// The text as amended so far as a Word document with the accepted amendments as tracked changes, for
// those who read it on the statement's page; while there is no such text (nothing accepted to merge,
// or a reader who does not follow the negotiation), there is none.
export async function getAmendedTextDocx({ actor, input }: { actor: Actor; input: { meetingId: string; statementId: string } }) {
  const amended = await getAmendedText({ actor, input: { statementId: input.statementId } });
  if (!amended || amended.statement.meetingId !== input.meetingId) throw new AppError('NOT_FOUND', 'statementNotFound');
  const madeAt = appNow();
  const body = await renderAmendedDocx({
    meetingTitle: amended.meeting.title,
    title: amended.statement.title,
    basedOnRevision: amended.basedOnRevision,
    amendments: amended.amendments,
    conflicts: amended.conflicts.map((c) => ({ target: c.target, numbers: c.amendments.map((a) => a.number) })),
    undecided: amended.undecided,
    paragraphs: amended.paragraphs,
    madeAt,
    madeOn: paperDate(zonedDate(madeAt, amended.meeting.timeZone)),
  });
  return {
    body,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fileName: paperFileName({ symbol: null, title: `${amended.statement.title} as amended` }, 'docx'),
  };
}
