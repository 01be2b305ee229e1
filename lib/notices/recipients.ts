import type { DelegationRole, RegistrationStatus } from '../registrations/values';
import { noticeAudiences, type NoticeAudience } from './values';

/** A registration as the choice of a notice's recipients sees it. */
export type NoticeCandidate = { status: RegistrationStatus; delegationRole: DelegationRole };

/** Whether a registration is among a notice's audience: rejected and cancelled ones never are. */
export function isInAudience(candidate: NoticeCandidate, audience: NoticeAudience): boolean {
  const isTakingPart = candidate.status === 'pending' || candidate.status === 'approved';
  if (audience === 'approved') return candidate.status === 'approved';
  if (audience === 'heads') return isTakingPart && candidate.delegationRole === 'head';
  return isTakingPart;
}

/** The registrations a notice to this audience goes to. */
export function noticeRecipients<T extends NoticeCandidate>(candidates: T[], audience: NoticeAudience): T[] {
  return candidates.filter((candidate) => isInAudience(candidate, audience));
}

/** How many people each audience reaches, so the form says it before anything is sent. */
export function audienceSizes(candidates: NoticeCandidate[]): Record<NoticeAudience, number> {
  return Object.fromEntries(noticeAudiences.map((audience) => [audience, noticeRecipients(candidates, audience).length])) as Record<NoticeAudience, number>;
}
