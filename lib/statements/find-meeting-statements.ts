import 'server-only';
import { listMeetingStatements } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { can, type Actor } from '../permissions';
import { canReadStatement } from './abilities';
import { effectiveStatement } from './silence';

export type MeetingStatements = { statements: Statement[]; canCreate: boolean };

// The statements of a meeting the actor may read, as they stand now.
export async function findMeetingStatements({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<MeetingStatements> {
  const found = await listMeetingStatements(input.meetingId);
  if (!found) throw new AppError('NOT_FOUND', 'notFound');
  const { meeting } = found;
  const now = appNow();
  const statements = found.statements.map((s) => effectiveStatement(s, now)).filter((statement) => canReadStatement(actor, { meeting, statement }));
  return { statements, canCreate: can(actor, 'statements:draft') && meeting.status !== 'cancelled' };
}
