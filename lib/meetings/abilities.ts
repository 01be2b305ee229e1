import { can, type Actor } from '../permissions';
import { calendarWarning, isMeetingFrozen, meetingTransitions, transitionPermission, type CalendarWarning } from './lifecycle';
import type { MeetingStatus } from './values';

type MeetingFacts = { status: MeetingStatus; chairUserId: string | null; startDate: string; endDate: string };

export type StatusChange = { to: MeetingStatus; warning: CalendarWarning | null };

/** What the actor may do with a meeting now: pages render controls from this and decide nothing themselves. */
export type MeetingAbilities = {
  /** Change its details and its timetable. */
  edit: boolean;
  uploadDocuments: boolean;
  planNext: boolean;
  readRestricted: boolean;
  /** Takes part in the meeting's lifecycle at all (staff, its chair), whether or not a step is open now. */
  changeStatus: boolean;
  /** The lifecycle steps open to this actor, each with the calendar's objection, if any. */
  statusChanges: StatusChange[];
  /** See whom the meeting invited, and invite focal points (which gives them accounts). */
  manageInvitations: boolean;
  /** Write to its registered participants by email. */
  sendNotices: boolean;
};

/** `today` is the date in the meeting's own time zone. */
export function meetingAbilities(actor: Actor, meeting: MeetingFacts, today: string): MeetingAbilities {
  const canManage = can(actor, 'meetings:manage');
  const statusChanges = meetingTransitions[meeting.status]
    .filter((to) => can(actor, transitionPermission(to), { meeting }))
    .map((to) => ({ to, warning: calendarWarning(to, meeting, today) }));
  return {
    edit: canManage && !isMeetingFrozen(meeting.status),
    // A concluded meeting still receives its report and final texts; a cancelled one receives nothing.
    uploadDocuments: canManage && meeting.status !== 'cancelled',
    planNext: canManage,
    readRestricted: can(actor, 'meetings:readRestricted', { meeting }),
    changeStatus: canManage || can(actor, 'meetings:conduct', { meeting }),
    statusChanges,
    manageInvitations: can(actor, 'users:manage'),
    sendNotices: can(actor, 'participants:notify'),
  };
}
