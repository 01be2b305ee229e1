import 'server-only';
import { db } from '@/db/client';
import { findAgendaItem } from '@/db/queries/agenda';
import { insertRevision, insertStatement } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { lockMeetingForChange } from '../meetings/lock-meeting';
import { assertCan, type Actor } from '../permissions';
import type { CreateStatementInput } from './schemas';

// The secretariat starts a text for a meeting: its title, kind and first revision.
export async function createStatement({ actor, input }: { actor: Actor; input: CreateStatementInput }): Promise<Statement> {
  assertCan(actor, 'statements:draft');
  return db.transaction(async (tx) => {
    const meeting = await lockMeetingForChange(tx, input.meetingId, {
      assertAccepts: (m) => {
        if (m.status === 'cancelled') throw new AppError('INVALID_STATE', 'meetingCancelledNoStatements');
      },
    });
    if (input.agendaItemId) {
      const item = await findAgendaItem(input.agendaItemId, tx);
      if (!item || item.meetingId !== meeting.id) throw new AppError('NOT_FOUND', 'invalid', { agendaItemId: 'agendaItemInvalid' });
    }
    const statement = await insertStatement(
      { meetingId: meeting.id, title: input.title, kind: input.kind, agendaItemId: input.agendaItemId, createdByUserId: actor.id },
      tx,
    );
    await insertRevision({ statementId: statement.id, number: 1, note: null, createdByUserId: actor.id }, input.paragraphs, tx);
    await recordAudit(tx, actor, {
      action: 'statement.created',
      entityType: 'statement',
      entityId: statement.id,
      change: {
        fields: { title: { after: statement.title }, statementKind: { after: statement.kind }, paragraphs: { after: input.paragraphs.length } },
        meetingId: meeting.id,
        version: statement.version,
      },
    });
    return statement;
  });
}
