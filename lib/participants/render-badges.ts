import 'server-only';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { listApprovedParticipants } from '@/db/queries/participants';
import { publicUrl } from '../config';
import { AppError } from '../errors';
import { assertCan, type Actor } from '../permissions';
import { isId } from '../schemas';
import { renderBadgesPdf } from './badges-pdf';

/** The address a badge's QR code opens: the person's check-in record. */
export function checkInUrl(meetingId: string, registrationId: string): string {
  return new URL(`/meetings/${meetingId}/check-in/${registrationId}`, publicUrl).toString();
}

// Staff print badges for the approved participants who come in person, or one delegation's.
export async function renderBadges({ actor, input }: { actor: Actor; input: { meetingId: string; delegationId?: string } }) {
  assertCan(actor, 'participants:checkIn');
  if (input.delegationId !== undefined && !isId(input.delegationId)) throw new AppError('NOT_FOUND', 'notFound');
  const meeting = await findMeetingOrNotFound(input.meetingId);
  const participants = await listApprovedParticipants(meeting.id, { inPersonOnly: true, delegationId: input.delegationId });
  const bytes = await renderBadgesPdf(
    meeting.title,
    participants.map((p) => ({ ...p, checkInUrl: checkInUrl(meeting.id, p.id) })),
  );
  return { meeting, bytes, count: participants.length };
}
