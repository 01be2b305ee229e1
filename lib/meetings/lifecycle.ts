import type { MeetingStatus } from './values';
import { AppError } from '../errors';

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
