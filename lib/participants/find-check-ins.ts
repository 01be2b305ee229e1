import 'server-only';
import type { MeetingDetail } from '@/db/queries/meetings';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { countAttendance, findParticipant, searchApprovedParticipants } from '@/db/queries/participants';
import { AppError } from '../errors';
import { pageWindow, toPage } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { isMeetingDay, meetingDays } from './meeting-days';
import type { CheckInSearch } from './schemas';

async function meetingForCheckIn(actor: Actor, meetingId: string): Promise<MeetingDetail> {
  assertCan(actor, 'participants:checkIn');
  return findMeetingOrNotFound(meetingId);
}

/** Per day of the meeting: how many approved participants were present, of how many. */
async function dayCounts(meeting: MeetingDetail) {
  const { approved, presentByDay } = await countAttendance(meeting.id);
  return meetingDays(meeting).map((day) => ({ day, present: presentByDay.get(day) ?? 0, approved }));
}

// The check-in desk: approved participants found by name, a page at a time, with the days each was
// present, and the day's counts.
export async function findCheckIns({ actor, input, now = new Date() }: { actor: Actor; input: CheckInSearch & { meetingId: string }; now?: Date }) {
  const meeting = await meetingForCheckIn(actor, input.meetingId);
  const window = pageWindow(input.page);
  const [{ rows, total }, counts] = await Promise.all([
    searchApprovedParticipants(meeting.id, { search: input.q, limit: window.pageSize, offset: window.offset }),
    dayCounts(meeting),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    name: row.name,
    honorific: row.honorific,
    partyName: row.partyName,
    delegationRole: row.delegationRole,
    presentDays: row.presentDays,
  }));
  const today = zonedDate(now, meeting.timeZone);
  return { meeting, days: meetingDays(meeting), today, counts, page: toPage(items, total, window) };
}

// What a badge's QR code opens: the person, the days they were present, and whether today is a day
// of the meeting they can be checked in for.
export async function getCheckInRecord({ actor, input, now = new Date() }: { actor: Actor; input: { meetingId: string; registrationId: string }; now?: Date }) {
  const meeting = await meetingForCheckIn(actor, input.meetingId);
  if (!isId(input.registrationId)) throw new AppError('NOT_FOUND', 'notFound');
  const participant = await findParticipant(meeting.id, input.registrationId);
  if (!participant) throw new AppError('NOT_FOUND', 'notFound');
  const today = zonedDate(now, meeting.timeZone);
  return {
    meeting,
    participant: {
      id: participant.id,
      name: participant.name,
      honorific: participant.honorific,
      partyName: participant.partyName,
      delegationRole: participant.delegationRole,
      position: participant.position,
      organization: participant.organization,
      status: participant.status,
    },
    presentDays: participant.presentDays,
    today,
    isMeetingDay: isMeetingDay(meeting, today),
    isApproved: participant.status === 'approved',
    isPresentToday: participant.presentDays.includes(today),
  };
}
