import 'server-only';
import type { Tx } from '@/db/client';
import { findRevisionParagraphs, findStatement, listRevisions } from '@/db/queries/statements';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { Statement } from '@/db/schema';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { paragraphChanges } from './paragraph-changes';
import { recordPassedSilence } from './record-passed-silence';

/**
 * The way into any change of a statement: the meeting's row lock (a cancelled meeting takes no
 * change; a concluded one still negotiates and adopts its texts, often by silence after the meeting),
 * then the statement's own row lock. A silence procedure whose deadline has passed is recorded as
 * adopted first, so no change slips in after the text was adopted.
 */
export async function lockStatementForChange(tx: Tx, statementId: string, now: Date = appNow()): Promise<{ meeting: MeetingDetail; statement: Statement }> {
  const found = await findStatement(statementId, tx);
  if (!found) throw new AppError('NOT_FOUND', 'statementNotFound');
  const meeting = await lockMeetingForChange(tx, found.meetingId, {
    assertAccepts: (m) => {
      if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingClosedForEdits');
    },
  });
  const locked = (await findStatement(statementId, tx, { lock: true }))!;
  const statement = (await recordPassedSilence(tx, locked, now)) ?? locked;
  return { meeting, statement };
}

/**
 * Refuses a change made from an older revision than the latest: the refusal names who saved since
 * and shows, paragraph by paragraph, what changed, so nothing is overwritten unseen.
 */
export async function assertBasedOnLatestRevision(tx: Tx, statement: Statement, basedOnRevision: number): Promise<void> {
  if (basedOnRevision === statement.currentRevision) return;
  const [older, newer, revisions] = await Promise.all([
    findRevisionParagraphs(statement.id, basedOnRevision, tx),
    findRevisionParagraphs(statement.id, statement.currentRevision, tx),
    listRevisions(statement.id, tx),
  ]);
  const names = [...new Set(revisions.filter((r) => r.number > basedOnRevision && r.authorName).map((r) => r.authorName!))];
  throw new AppError('CONFLICT', names.length > 0 ? 'statementChangedMeanwhileBy' : 'statementChangedMeanwhile', undefined, {
    values: { names: names.join(', '), revision: statement.currentRevision },
    changes: paragraphChanges(older, newer),
  });
}
