import 'server-only';
import { listAgendaItems } from '@/db/queries/agenda';
import { findMeetingDetail, type MeetingDetail } from '@/db/queries/meetings';
import { numberAgenda } from '../agenda/outline';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';

export type StatementFormOptions = { meeting: MeetingDetail; agendaItems: { id: string; label: string }[] };

// What the new-statement form offers: the meeting's agenda items, numbered as the agenda shows them.
export async function getStatementFormOptions({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<StatementFormOptions> {
  assertCan(actor, 'statements:draft');
  const [meeting, items] = await Promise.all([findMeetingDetail(input.meetingId), listAgendaItems(input.meetingId)]);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  return { meeting, agendaItems: numberAgenda(items).map((item) => ({ id: item.id, label: `${item.number}. ${item.title}` })) };
}
