import { AppError } from '../errors';
import type { CredentialsStatus, RegistrationStatus } from './values';
import { stayWindowDays } from './values';

/**
 * Where a registration may go. The secretariat approves or rejects a pending one and may put a
 * decided one back to pending; the person withdraws a pending or approved one until the meeting is over.
 * Registering again after withdrawing makes the cancelled registration pending again.
 */
export const registrationTransitions: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  pending: ['approved', 'rejected', 'cancelled'],
  approved: ['pending', 'cancelled'],
  rejected: ['pending'],
  cancelled: ['pending'],
};

export function canRegistrationTransition(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return registrationTransitions[from].includes(to);
}

export function assertRegistrationTransition(from: RegistrationStatus, to: RegistrationStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'registrationAlreadyInStatus');
  if (!canRegistrationTransition(from, to)) throw new AppError('INVALID_STATE', 'registrationTransitionNotAllowed');
}

/** Registrations that count: they hold a place in the delegation and on the lists. */
export function isActiveRegistration(status: RegistrationStatus): boolean {
  return status === 'pending' || status === 'approved';
}

/**
 * The credentials letter's way: the head submits it (again after a correction); the secretariat
 * marks it received (also a letter handed over on paper), accepts it or asks for a correction.
 */
export const credentialsTransitions: Record<CredentialsStatus, readonly CredentialsStatus[]> = {
  pending: ['submitted', 'received'],
  submitted: ['submitted', 'received', 'correction_requested'],
  received: ['accepted', 'correction_requested'],
  correction_requested: ['submitted', 'received'],
  accepted: [],
};

export function canCredentialsTransition(from: CredentialsStatus, to: CredentialsStatus): boolean {
  return credentialsTransitions[from].includes(to);
}

export function assertCredentialsTransition(from: CredentialsStatus, to: CredentialsStatus): void {
  if (!canCredentialsTransition(from, to)) throw new AppError('INVALID_STATE', 'credentialsTransitionNotAllowed');
}

/** Adds whole days to an ISO date (yyyy-mm-dd), by the calendar, whatever the time zone. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The days a participant may arrive and leave: from two days before the meeting to two days after. */
export function stayWindow(meeting: { startDate: string; endDate: string }): { earliest: string; latest: string } {
  return { earliest: addDays(meeting.startDate, -stayWindowDays), latest: addDays(meeting.endDate, stayWindowDays) };
}

/** Which stay date falls outside the window or out of order, as field errors; empty when all is well. */
export function stayDateErrors(
  meeting: { startDate: string; endDate: string },
  stay: { arrivalDate: string | null; departureDate: string | null },
): Record<string, string> {
  const { earliest, latest } = stayWindow(meeting);
  const errors: Record<string, string> = {};
  for (const field of ['arrivalDate', 'departureDate'] as const) {
    const day = stay[field];
    if (day && (day < earliest || day > latest)) errors[field] = 'stayOutsideWindow';
  }
  if (!errors.departureDate && stay.arrivalDate && stay.departureDate && stay.departureDate < stay.arrivalDate) {
    errors.departureDate = 'departureBeforeArrival';
  }
  return errors;
}
