import 'server-only';
import { listAgendaItems } from '@/db/queries/agenda';
import { findMeetingDetail, type MeetingDetail } from '@/db/queries/meetings';
import { numberAgenda } from '../agenda/outline';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { outcomeParagraphs, reportTitle } from './report-draft';

export type StatementFormOptions = {
  meeting: MeetingDetail;
  agendaItems: { id: string; label: string }[];
  /** A report's first paragraphs and title, from the outcomes the meeting recorded under its agenda. */
  report: { title: string; paragraphs: ReturnType<typeof outcomeParagraphs> };
};

// What the new-statement form offers: the meeting's agenda items, numbered as the agenda shows them,
// and a start for its report from their outcomes.
export async function getStatementFormOptions({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<StatementFormOptions> {
  assertCan(actor, 'statements:draft');
  const [meeting, items] = await Promise.all([findMeetingDetail(input.meetingId), listAgendaItems(input.meetingId)]);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const numbered = numberAgenda(items);
  return {
    meeting,
    agendaItems: numbered.map((item) => ({ id: item.id, label: `${item.number}. ${item.title}` })),
    report: { title: reportTitle(meeting.title), paragraphs: outcomeParagraphs(numbered) },
  };
}
