import { AppError } from '../errors';
import type { FloorRequestStatus } from './values';

/**
 * Where a request for the floor may go: the chair gives the floor to a waiting speaker or strikes
 * them off (as the delegation may withdraw); a speaker finishes, or goes back to the list when the
 * floor was given by mistake.
 */
export const floorTransitions: Record<FloorRequestStatus, readonly FloorRequestStatus[]> = {
  waiting: ['speaking', 'withdrawn'],
  speaking: ['spoke', 'waiting'],
  spoke: [],
  withdrawn: [],
};

export function canFloorTransition(from: FloorRequestStatus, to: FloorRequestStatus): boolean {
  return floorTransitions[from].includes(to);
}

export function assertFloorTransition(from: FloorRequestStatus, to: FloorRequestStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'transitionSameStatus');
  if (!canFloorTransition(from, to)) throw new AppError('INVALID_STATE', 'floorTransitionNotAllowed');
}
