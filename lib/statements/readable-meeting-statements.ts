import 'server-only';
import type { MeetingDetail } from '@/db/queries/meetings';
import type { Statement } from '@/db/schema';
import { appNow } from '../clock';
import { can, type Actor } from '../permissions';
import { canReadStatement } from './abilities';
import { effectiveStatement } from './silence';

export type MeetingStatements = { statements: Statement[]; canCreate: boolean };

/** Of a meeting's statements (read with the meeting), those the actor may read, as they stand now; and whether they may start one. */
export function readableMeetingStatements(actor: Actor, meeting: MeetingDetail, found: Statement[]): MeetingStatements {
  const now = appNow();
  const statements = found.map((s) => effectiveStatement(s, now)).filter((statement) => canReadStatement(actor, { meeting, statement }));
  return { statements, canCreate: can(actor, 'statements:draft') && meeting.status !== 'cancelled' };
}
