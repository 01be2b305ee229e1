import 'server-only';
import { listAgendaItemsWithRecords } from '@/db/queries/agenda';
import { listMeetingFloorRequests } from '@/db/queries/floor';
import type { MeetingDetail } from '@/db/queries/meetings';
import { listMeetingReviews } from '@/db/queries/programme';
import { countRegistrations } from '@/db/queries/registrations';
import { numberAgenda } from '../agenda/outline';
import { AppError } from '../errors';
import { speakersList } from '../floor/rules';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { reportParagraphs, reportTitle } from './report-draft';

export type StatementFormOptions = {
  meeting: MeetingDetail;
  agendaItems: { id: string; label: string }[];
  /** A report's first paragraphs and title, from what the meeting recorded under its agenda. */
  report: { title: string; paragraphs: ReturnType<typeof reportParagraphs> };
};

// What the new-statement form offers: the meeting's agenda items, numbered as the agenda shows them,
// and a start for its report from who attended and the items' speakers, outcomes, review decisions and follow-ups.
export async function getStatementFormOptions({ actor, input }: { actor: Actor; input: { meetingId: string } }): Promise<StatementFormOptions> {
  assertCan(actor, 'statements:draft');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const [meeting, items, reviews, registrations, floor] = await Promise.all([
    findMeetingOrNotFound(input.meetingId),
    listAgendaItemsWithRecords(input.meetingId, { withReviews: false }),
    listMeetingReviews(input.meetingId),
    countRegistrations(input.meetingId),
    listMeetingFloorRequests(input.meetingId),
  ]);
  const numbered = numberAgenda(
    items.map(({ followUps, ...item }) => ({
      ...item,
      speakers: [...new Set(speakersList(floor, item.id).spoke.map((request) => request.partyName))],
      followUps: followUps.map((followUp) => ({ ...followUp, ownerName: followUp.ownerParty?.name ?? null })),
    })),
  );
  return {
    meeting,
    agendaItems: numbered.map((item) => ({ id: item.id, label: `${item.number}. ${item.title}` })),
    report: { title: reportTitle(meeting.title), paragraphs: reportParagraphs({ attending: attendingParties(registrations), items: numbered, reviews }) },
  };
}

// The parties with someone approved to take part: registration counts come a row per party and status.
function attendingParties(counts: Awaited<ReturnType<typeof countRegistrations>>) {
  return counts.filter((row) => row.status === 'approved' && row.count > 0).map((row) => ({ name: row.partyName, kind: row.partyKind }));
}
