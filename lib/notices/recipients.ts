import { isActiveRegistration } from '../registrations/lifecycle';
import type { DelegationRole, RegistrationStatus } from '../registrations/values';
import { noticeAudiences, type NoticeAudience } from './values';

/** A registration as the choice of a notice's recipients sees it. */
export type NoticeCandidate = { status: RegistrationStatus; delegationRole: DelegationRole };

/** Whether a registration is among a notice's audience: rejected and withdrawn ones never are. */
export function isInAudience(candidate: NoticeCandidate, audience: NoticeAudience): boolean {
  if (audience === 'approved') return candidate.status === 'approved';
  if (audience === 'heads') return isActiveRegistration(candidate.status) && candidate.delegationRole === 'head';
  return isActiveRegistration(candidate.status);
}

/** The registrations a notice to this audience goes to. */
export function noticeRecipients<T extends NoticeCandidate>(candidates: T[], audience: NoticeAudience): T[] {
  return candidates.filter((candidate) => isInAudience(candidate, audience));
}

/** How many people each audience reaches, so the form says it before anything is sent. */
export function audienceSizes(candidates: NoticeCandidate[]): Record<NoticeAudience, number> {
  return Object.fromEntries(noticeAudiences.map((audience) => [audience, noticeRecipients(candidates, audience).length])) as Record<NoticeAudience, number>;
}

/**
 * The audiences a registration is in now: the notices its holder reads on the notices page. It is
 * now, not when each was sent: a participant approved late reads what the approved were told before.
 */
export function audiencesOf(candidate: NoticeCandidate): NoticeAudience[] {
  return noticeAudiences.filter((audience) => isInAudience(candidate, audience));
}
