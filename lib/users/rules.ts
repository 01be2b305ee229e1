import { AppError } from '../errors';
import type { Actor } from '../permissions';

/**
 * Staff may not demote or disable themselves: it is how the last secretariat account gets locked
 * out, and another staff member can always do it for them.
 */
export function assertNotOwnAccount(actor: Actor, targetUserId: string): void {
  if (actor.id === targetUserId) throw new AppError('INVALID_STATE', 'cannotChangeOwnAccount');
}
