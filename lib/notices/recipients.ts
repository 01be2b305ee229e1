import { isActiveRegistration } from '../registrations/lifecycle';
import type { MeetingStatus } from '../meetings/values';
import type { DelegationRole, RegistrationStatus } from '../registrations/values';
import { noticeAudiences, type NoticeAudience } from './values';

/**
 * A registration as the choice of a notice's recipients sees it; or, with no status and no role, the
 * account of a focal point whose party nobody has registered for.
 */
export type NoticeCandidate = { status: RegistrationStatus; delegationRole: DelegationRole } | { status: null; delegationRole: null };

/** Whether a registration (or a focal point's account) is among a notice's audience: rejected and withdrawn registrations never are. */
export function isInAudience(candidate: NoticeCandidate, audience: NoticeAudience): boolean {
  if (candidate.status === null) return audience === 'unregistered';
  if (audience === 'unregistered') return false;
  if (audience === 'approved') return candidate.status === 'approved';
  if (audience === 'heads') return isActiveRegistration(candidate.status) && candidate.delegationRole === 'head';
  return isActiveRegistration(candidate.status);
}

/** Reminding parties to register makes sense until registration closes; the other audiences take notices whatever the meeting's status. */
export function audienceRefusal(audience: NoticeAudience, meeting: { status: MeetingStatus }): 'noticeUnregisteredClosed' | null {
  return audience === 'unregistered' && !remindsToRegister(meeting) ? 'noticeUnregisteredClosed' : null;
}

const remindsToRegister = (meeting: { status: MeetingStatus }) => meeting.status === 'planned' || meeting.status === 'registration_open';

/** The registrations a notice to this audience goes to. */
export function noticeRecipients<T extends NoticeCandidate>(candidates: T[], audience: NoticeAudience): T[] {
  return candidates.filter((candidate) => isInAudience(candidate, audience));
}

/**
 * How many people each audience open for the meeting reaches, so the form says it before anything is
 * sent: the registrations' audiences counted from them, the focal points counted by the database.
 */
export function audienceSizes(registrations: NoticeCandidate[], focalPoints: number, meeting: { status: MeetingStatus }): Partial<Record<NoticeAudience, number>> {
  const sizes: Partial<Record<NoticeAudience, number>> = {};
  for (const audience of noticeAudiences) {
    if (audienceRefusal(audience, meeting)) continue;
    sizes[audience] = audience === 'unregistered' ? focalPoints : noticeRecipients(registrations, audience).length;
  }
  return sizes;
}

/**
 * The audiences a registration is in now: the notices its holder reads on the notices page. It is
 * now, not when each was sent: a participant approved late reads what the approved were told before.
 */
export function audiencesOf(candidate: NoticeCandidate): NoticeAudience[] {
  return noticeAudiences.filter((audience) => isInAudience(candidate, audience));
}
