import { AppError } from '../errors';
import type { AccountStatus } from './values';

/** A signed-up account is confirmed or refused once; both are final (a refused person may sign up again with another email). */
export const accountTransitions: Record<AccountStatus, readonly AccountStatus[]> = {
  pending: ['active', 'refused'],
  active: [],
  refused: [],
};

export function canAccountTransition(from: AccountStatus, to: AccountStatus): boolean {
  return accountTransitions[from].includes(to);
}

export function assertAccountTransition(from: AccountStatus, to: AccountStatus): void {
  if (!canAccountTransition(from, to)) throw new AppError('INVALID_STATE', 'accountAlreadyDecided');
}
