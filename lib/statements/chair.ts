import { AppError } from '../errors';
import { can, type Actor, type MeetingRef } from '../permissions';

/**
 * Finalizing and adopting belong to the chair of the statement's own meeting: not the secretariat,
 * not the chair of another meeting. The refusal says so, rather than a bare "not allowed".
 */
export function assertChairOf(actor: Actor, meeting: MeetingRef): void {
  if (!can(actor, 'statements:adopt', { meeting })) throw new AppError('FORBIDDEN', 'statementChairOnly');
}
