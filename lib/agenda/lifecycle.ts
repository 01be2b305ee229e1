import { AppError } from '../errors';
import type { AgendaItemStatus, AgendaStatus } from './values';

/** The agenda is drafted, annotated, then adopted by the meeting; adoption is final. */
export const agendaTransitions: Record<AgendaStatus, readonly AgendaStatus[]> = {
  provisional: ['annotated'],
  annotated: ['provisional', 'adopted'],
  adopted: [],
};

export function canAgendaTransition(from: AgendaStatus, to: AgendaStatus): boolean {
  return agendaTransitions[from].includes(to);
}

export function assertAgendaTransition(from: AgendaStatus, to: AgendaStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'transitionSameStatus');
  if (!canAgendaTransition(from, to)) throw new AppError('INVALID_STATE', 'agendaTransitionNotAllowed');
}

/** Adoption happens at the meeting: the other steps are the secretariat's preparation. */
export function agendaTransitionPermission(to: AgendaStatus): 'agenda:manage' | 'agenda:conduct' {
  return to === 'adopted' ? 'agenda:conduct' : 'agenda:manage';
}

/**
 * Where an item may go at the meeting: taken up, then concluded or deferred; an item taken up by
 * mistake goes back to pending, and a concluded or deferred one can be taken up again.
 */
export const itemTransitions: Record<AgendaItemStatus, readonly AgendaItemStatus[]> = {
  pending: ['in_discussion', 'deferred'],
  in_discussion: ['concluded', 'deferred', 'pending'],
  concluded: ['in_discussion'],
  deferred: ['in_discussion'],
};

export function canItemTransition(from: AgendaItemStatus, to: AgendaItemStatus): boolean {
  return itemTransitions[from].includes(to);
}

export function assertItemTransition(from: AgendaItemStatus, to: AgendaItemStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'transitionSameStatus');
  if (!canItemTransition(from, to)) throw new AppError('INVALID_STATE', 'agendaItemTransitionNotAllowed');
}

/** An adopted agenda is the meeting's: changing it needs a reason, which the audit trail keeps. */
export function assertChangeReason(status: AgendaStatus, reason: string | null | undefined): void {
  if (status === 'adopted' && !reason) throw new AppError('INVALID_STATE', 'agendaAdoptedReasonRequired', { reason: 'agendaAdoptedReasonRequired' });
}
