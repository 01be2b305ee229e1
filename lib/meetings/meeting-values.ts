import 'server-only';
import type { Executor } from '@/db/client';
import { findSeriesById } from '@/db/queries/meetings';
import { findPartyById } from '@/db/queries/parties';
import { findUserById } from '@/db/queries/users';
import type { NewMeeting } from '@/db/schema';
import { AppError } from '../errors';
import { zonedLocalToInstant } from '../time-zones';
import type { CreateMeetingInput } from './schemas';

/** The fields of the meeting form, as audit events record their changes. */
export const meetingFieldNames = [
  'seriesId',
  'number',
  'title',
  'startDate',
  'endDate',
  'timeZone',
  'city',
  'hostPartyId',
  'venue',
  'format',
  'chairUserId',
  'registrationOpensAt',
  'registrationClosesAt',
  'description',
] as const satisfies readonly (keyof NewMeeting)[];

/** The row to store for a meeting form: registration times entered in the meeting's zone become instants. */
export function toMeetingValues(input: CreateMeetingInput): Omit<NewMeeting, 'status'> {
  const instant = (local: string | null) => (local ? zonedLocalToInstant(local, input.timeZone) : null);
  return {
    seriesId: input.seriesId,
    number: input.number,
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    timeZone: input.timeZone,
    city: input.city,
    hostPartyId: input.hostPartyId,
    venue: input.venue,
    format: input.format,
    chairUserId: input.chairUserId,
    registrationOpensAt: instant(input.registrationOpensAt),
    registrationClosesAt: instant(input.registrationClosesAt),
    description: input.description,
  };
}

/**
 * Refuses references the form could not have offered: an unknown series or host, or a chair who is
 * not an active chair account (chair powers come from that role and this assignment together).
 */
export async function assertMeetingReferences(input: CreateMeetingInput, tx: Executor): Promise<void> {
  const fieldErrors: Record<string, string> = {};
  if (!(await findSeriesById(input.seriesId, tx))) fieldErrors.seriesId = 'seriesInvalid';
  if (input.hostPartyId && !(await findPartyById(input.hostPartyId, tx))) fieldErrors.hostPartyId = 'partyInvalid';
  if (input.chairUserId) {
    const chair = await findUserById(input.chairUserId, tx);
    if (!chair || chair.role !== 'chair' || chair.isDisabled) fieldErrors.chairUserId = 'chairInvalid';
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('NOT_FOUND', 'invalid', fieldErrors);
}

export const meetingNumberTaken = () =>
  new AppError('CONFLICT', 'meetingNumberTaken', { number: 'meetingNumberTaken' });
