import { AppError } from '../errors';
import type { Permission } from '../permissions';
import type { MeetingStatus } from './values';

/**
 * Where a meeting may go from each status. Registration may be reopened while the meeting has not
 * started; a meeting that has started can only conclude; concluded and cancelled are final.
 */
export const meetingTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['registration_open', 'cancelled'],
  registration_open: ['registration_closed', 'cancelled'],
  registration_closed: ['registration_open', 'in_session', 'cancelled'],
  in_session: ['concluded'],
  concluded: [],
  cancelled: [],
};

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return meetingTransitions[from].includes(to);
}

/** Refuses a transition the lifecycle does not allow, saying why. */
export function assertTransition(from: MeetingStatus, to: MeetingStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'transitionSameStatus');
  if (meetingTransitions[from].length === 0) throw new AppError('INVALID_STATE', 'transitionFromFinal');
  if (!canTransition(from, to)) throw new AppError('INVALID_STATE', 'transitionNotAllowed');
}

/** Registration is open when the status says so and, where a window is set, now is inside it. */
export function isRegistrationOpen(
  meeting: { status: MeetingStatus; registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  now: Date,
): boolean {
  if (meeting.status !== 'registration_open') return false;
  if (meeting.registrationOpensAt && now < meeting.registrationOpensAt) return false;
  if (meeting.registrationClosesAt && now >= meeting.registrationClosesAt) return false;
  return true;
}

/** A concluded or cancelled meeting is a record: its details and timetable no longer change. */
export function isMeetingFrozen(status: MeetingStatus): boolean {
  return meetingTransitions[status].length === 0;
}

export function assertMeetingNotFrozen(status: MeetingStatus): void {
  if (isMeetingFrozen(status)) throw new AppError('INVALID_STATE', 'meetingClosedForEdits');
}

/**
 * The permission a step needs: planning steps belong to the secretariat; opening the session and
 * concluding it are the conduct of the meeting, which its chair shares (DESIGN.md: the chair closes
 * their meeting).
 */
export function transitionPermission(to: MeetingStatus): Extract<Permission, 'meetings:manage' | 'meetings:conduct'> {
  return to === 'in_session' || to === 'concluded' ? 'meetings:conduct' : 'meetings:manage';
}

/** Why starting or concluding a meeting today is unusual: it is not (or no longer) one of its days. */
export type CalendarWarning = 'beforeStart' | 'afterEnd' | 'beforeEnd';

/**
 * The calendar's objection to a step, if any, with `today` the date in the meeting's time zone: a
 * session opens on one of the meeting's days, and a meeting concludes on its last day or later.
 */
export function calendarWarning(
  to: MeetingStatus,
  meeting: { startDate: string; endDate: string },
  today: string,
): CalendarWarning | null {
  if (to === 'in_session') {
    if (today < meeting.startDate) return 'beforeStart';
    if (today > meeting.endDate) return 'afterEnd';
  }
  if (to === 'concluded') {
    if (today < meeting.startDate) return 'beforeStart';
    if (today < meeting.endDate) return 'beforeEnd';
  }
  return null;
}

/** How the public sees the status: a meeting concluded before its first day is "closed", never "concluded". */
export type PublicMeetingStatus = MeetingStatus | 'closed';

export function publicMeetingStatus(meeting: { status: MeetingStatus; startDate: string }, today: string): PublicMeetingStatus {
  return meeting.status === 'concluded' && today < meeting.startDate ? 'closed' : meeting.status;
}
