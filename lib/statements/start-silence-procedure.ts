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
import type { Actor } from '../permissions';
import { zonedLocalToInstant } from '../time-zones';
import { shownLocalTime, silenceStartedEmail } from './adoption-emails';
import type { StartSilenceProcedureInput } from './adoption-schemas';
import { assertChairOf } from './chair';
import { statementPath } from './links';
import { assertBasedOnLatestRevision, lockStatementForChange } from './statement-change';

// The chair puts the final text under a silence procedure: it is adopted at the deadline (in the
// meeting's time zone) unless a member state objects first. Every delegate is told by email.
export async function startSilenceProcedure({ actor, input }: { actor: Actor; input: StartSilenceProcedureInput }): Promise<Statement> {
  return db.transaction(async (tx) => {
    const { meeting, statement } = await lockStatementForChange(tx, input.statementId);
    assertChairOf(actor, meeting);
    if (statement.status !== 'final') throw new AppError('INVALID_STATE', 'silenceOnlyFinal');
    await assertBasedOnLatestRevision(tx, statement, input.basedOnRevision);
    const now = appNow();
    const deadline = zonedLocalToInstant(input.silenceDeadline, meeting.timeZone);
    if (deadline.getTime() <= now.getTime()) throw new AppError('INVALID_STATE', 'invalid', { silenceDeadline: 'silenceDeadlineInPast' });

    const started = (await updateStatementFrom(statement.id, 'final', { status: 'silence_procedure', silenceStartedAt: now, silenceDeadline: deadline }, tx))!;
    await recordAudit(tx, actor, {
      action: 'statement.silence_started',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: {
          statementStatus: { before: 'final', after: 'silence_procedure' },
          silenceDeadline: { after: deadline.toISOString() },
          revision: { after: statement.currentRevision },
        },
        version: started.version,
      },
    });

    const shownDeadline = shownLocalTime(input.silenceDeadline, meeting.timeZone);
    const link = new URL(statementPath(statement), publicUrl).href;
    for (const delegate of await listActiveUsersByRole('delegate', tx)) {
      await enqueueEmail(tx, silenceStartedEmail(delegate, statement.title, meeting.title, shownDeadline, link));
    }
    return started;
  });
}
