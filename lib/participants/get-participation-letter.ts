import 'server-only';
import { findMeetingOrNotFound } from '../meetings/find-meeting';
import { listCheckInDays } from '@/db/queries/participants';
import { findDelegation, findHeadRegistration, findRegistration } from '@/db/queries/registrations';
import { appNow } from '../clock';
import { programmeName } from '../config';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { renderParticipationLetterPdf } from './letter-pdf';
import { canReadParticipationLetter, participationLetter, participationLetterKind, participationLetterRefusal } from './participation-letter';

// A registration's letter confirming participation, or once the meeting is concluded its certificate
// of attendance, as a PDF: for the person, their head of delegation and staff; for anyone else the
// registration does not exist.
export async function getParticipationLetter({ actor, input, now = appNow() }: { actor: Actor; input: { meetingId: string; registrationId: string }; now?: Date }) {
  if (!isId(input.registrationId)) throw new AppError('NOT_FOUND', 'notFound');
  const [meeting, registration] = await Promise.all([findMeetingOrNotFound(input.meetingId), findRegistration(input.registrationId)]);
  if (!registration || registration.meetingId !== meeting.id) throw new AppError('NOT_FOUND', 'notFound');
  const [delegation, head, checkIns] = await Promise.all([
    findDelegation(registration.delegationId),
    findHeadRegistration(registration.delegationId),
    listCheckInDays([registration.id]),
  ]);
  const attendedDays = checkIns.get(registration.id) ?? [];
  if (!delegation) throw new AppError('NOT_FOUND', 'notFound');
  if (!canReadParticipationLetter(actor, { meeting, registration, delegation, headUserId: head?.userId ?? null })) throw new AppError('NOT_FOUND', 'notFound');
  const refusal = participationLetterRefusal(registration, meeting, attendedDays);
  const kind = participationLetterKind(meeting);
  if (refusal) throw refusal;
  const letter = participationLetter({
    programmeName,
    issuedOn: zonedDate(now, meeting.timeZone),
    person: registration,
    party: { name: delegation.partyName },
    meeting,
    stay: registration,
    attendedDays,
    kind,
  });
  return {
    body: await renderParticipationLetterPdf(letter),
    fileName: `${kind === 'attendance' ? 'attendance' : 'participation'}-${meeting.seriesCode}-${meeting.number}-${registration.name}.pdf`,
  };
}
