import 'server-only';
import { db } from '@/db/client';
import { updateStatementFrom } from '@/db/queries/statements';
import { listActiveUsersByRole } from '@/db/queries/users';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { appNow } from '../clock';
import { publicUrl } from '../config';
import { enqueueEmail } from '../email/outbox';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { zonedLocalToInstant } from '../time-zones';
import { statementCirculatedEmail } from './emails';
import { assertStatementTransition } from './lifecycle';
import { statementPath } from './links';
import type { CirculateStatementInput } from './schemas';
import { assertBasedOnLatestRevision, lockStatementForChange } from './statement-change';

// The secretariat sends the latest revision to the delegations for amendments until a deadline,
// given in the meeting's time zone; every delegate is told by email.
export async function circulateStatement({ actor, input }: { actor: Actor; input: CirculateStatementInput }): Promise<Statement> {
  assertCan(actor, 'statements:draft');
  return db.transaction(async (tx) => {
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    assertStatementTransition(statement.status, 'circulated');
    await assertBasedOnLatestRevision(tx, statement, input.basedOnRevision);
    const deadline = zonedLocalToInstant(input.commentDeadline, meeting.timeZone);
    if (deadline.getTime() <= appNow().getTime()) throw new AppError('INVALID_STATE', 'invalid', { commentDeadline: 'commentDeadlineInPast' });

    const circulated = (await updateStatementFrom(
      statement.id,
      statement.status,
      { status: 'circulated', circulatedRevision: statement.currentRevision, commentDeadline: deadline },
      tx,
    ))!;
    await recordAudit(tx, actor, {
      action: 'statement.circulated',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: statement.status, after: 'circulated' },
          revision: { after: statement.currentRevision },
          statementCommentDeadline: { before: statement.commentDeadline?.toISOString() ?? null, after: deadline.toISOString() },
        },
        version: circulated.version,
      },
    });

    const shownDeadline = `${input.commentDeadline.replace('T', ' ')} (${meeting.timeZone} time)`;
    const link = new URL(statementPath(statement), publicUrl).href;
    for (const delegate of await listActiveUsersByRole('delegate', tx)) {
      await enqueueEmail(
        tx,
        statementCirculatedEmail(delegate, { title: statement.title, revision: statement.currentRevision }, meeting.title, shownDeadline, link),
      );
    }
    return circulated;
  });
}
