import 'server-only';
import { findMeetingDetail } from '@/db/queries/meetings';
import { findDelegation, findHeadRegistration, findRegistration } from '@/db/queries/registrations';
import { appNow } from '../clock';
import { programmeName } from '../config';
import { AppError } from '../errors';
import type { Actor } from '../permissions';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { renderParticipationLetterPdf } from './letter-pdf';
import { canReadParticipationLetter, participationLetter, participationLetterRefusal } from './participation-letter';

// A registration's letter confirming participation, as a PDF: for the person, their head of
// delegation and staff; for anyone else the registration does not exist.
export async function getParticipationLetter({ actor, input, now = appNow() }: { actor: Actor; input: { meetingId: string; registrationId: string }; now?: Date }) {
  if (!isId(input.meetingId) || !isId(input.registrationId)) throw new AppError('NOT_FOUND', 'notFound');
  const [meeting, registration] = await Promise.all([findMeetingDetail(input.meetingId), findRegistration(input.registrationId)]);
  if (!meeting || !registration || registration.meetingId !== meeting.id) throw new AppError('NOT_FOUND', 'notFound');
  const [delegation, head] = await Promise.all([findDelegation(registration.delegationId), findHeadRegistration(registration.delegationId)]);
  if (!delegation) throw new AppError('NOT_FOUND', 'notFound');
  if (!canReadParticipationLetter(actor, { meeting, registration, delegation, headUserId: head?.userId ?? null })) throw new AppError('NOT_FOUND', 'notFound');
  const refusal = participationLetterRefusal(registration, meeting);
  if (refusal) throw refusal;
  const letter = participationLetter({
    programmeName,
    issuedOn: zonedDate(now, meeting.timeZone),
    person: registration,
    party: { name: delegation.partyName },
    meeting,
    stay: registration,
  });
  return {
    body: await renderParticipationLetterPdf(letter),
    fileName: `participation-${meeting.seriesCode}-${meeting.number}-${registration.name}.pdf`,
  };
}
