import 'server-only';
import { findMeetingDetail } from '@/db/queries/meetings';
import { listMeetingStatements } from '@/db/queries/statements';
import type { Statement } from '@/db/schema';
import { AppError } from '../errors';
import { can, type Actor } from '../permissions';
import { canReadStatement } from './abilities';
import { effectiveStatement } from './silence';

export type MeetingStatements = { statements: Statement[]; canCreate: boolean };

// The statements of a meeting the actor may read, as they stand now.
export async function findMeetingStatements({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<MeetingStatements> {
  const [meeting, stored] = await Promise.all([findMeetingDetail(input.meetingId), listMeetingStatements(input.meetingId)]);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const now = new Date();
  const statements = stored.map((s) => effectiveStatement(s, now)).filter((statement) => canReadStatement(actor, { meeting, statement }));
  return { statements, canCreate: can(actor, 'statements:draft') && meeting.status !== 'cancelled' };
}
