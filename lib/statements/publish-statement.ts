import 'server-only';
import { db, type Tx } from '@/db/client';
import type { MeetingDetail } from '@/db/queries/meetings';
import { insertArchiveEntry } from '@/db/queries/statement-archive';
import { updateStatementFrom } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { issueDocument } from '../documents/issue-document';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { zonedDate } from '../time-zones';
import type { StatementIdInput } from './adoption-schemas';
import { readStatementPaper } from './read-statement-paper';
import { renderStatementPdf } from './render-statement-pdf';
import { lockStatementForChange } from './statement-change';

// The secretariat publishes an adopted statement: its PDF is issued as a public document of the
// meeting (which gives the statement its symbol), and the text gets its public page and joins the
// archive of adopted texts.
export async function publishStatement({ actor, input }: { actor: Actor; input: StatementIdInput }): Promise<Statement> {
  assertCan(actor, 'statements:draft');
  return db.transaction(async (tx) => {
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    if (statement.status === 'published') throw new AppError('INVALID_STATE', 'statementAlreadyPublished');
    if (statement.status !== 'adopted') throw new AppError('INVALID_STATE', 'publishOnlyAdopted');
    return recordPublication(tx, actor, meeting, statement, appNow());
  });
}

/**
 * Issues an adopted statement's paper and records its publication at `publishedAt`: the caller
 * holds the statement's lock (the demo seed publishes the 26th SOM's text through here too).
 */
export async function recordPublication(
  tx: Tx,
  actor: Actor,
  meeting: Pick<MeetingDetail, 'id' | 'seriesCode' | 'number' | 'title' | 'timeZone'>,
  statement: Statement,
  publishedAt: Date,
): Promise<Statement> {
  const paper = await readStatementPaper(tx, statement, meeting, null);
  const document = await issueDocument(tx, actor, meeting, {
    relation: 'new',
    parentId: null,
    kind: 'working',
    title: statement.title,
    language: 'en',
    isPublic: true,
    contentType: 'application/pdf',
    content: (symbol) => renderStatementPdf({ ...paper, symbol }, { issuedOn: zonedDate(publishedAt, meeting.timeZone) }),
  });
  const published = (await updateStatementFrom(
    statement.id,
    'adopted',
    { status: 'published', publishedAt, publishedByUserId: actor.id, documentId: document.id },
    tx,
  ))!;
  await insertArchiveEntry(statement.id, tx);
  await recordAudit(tx, actor, {
    action: 'statement.published',
    entityType: 'statement',
    entityId: statement.id,
    change: {
      fields: { statementStatus: { before: 'adopted', after: 'published' }, publishedAt: { after: publishedAt.toISOString() }, symbol: { after: document.symbol } },
      version: published.version,
    },
  });
  return published;
}
