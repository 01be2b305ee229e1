import { AppError } from '../errors';
import { frozenStatementStatuses, type StatementStatus } from './values';

/**
 * Where a statement may go. Producing a revision from a circulated text (merging its amendments)
 * brings it back to drafting; an objection breaks a silence procedure and sends the text back to
 * drafting too; adoption from a silence procedure happens when its deadline passes (lib/statements/silence.ts).
 */
export const statementTransitions: Record<StatementStatus, readonly StatementStatus[]> = {
  drafting: ['circulated', 'final'],
  circulated: ['drafting', 'final'],
  final: ['drafting', 'adopted', 'silence_procedure'],
  silence_procedure: ['drafting', 'adopted'],
  adopted: ['published'],
  published: [],
};

export function canStatementTransition(from: StatementStatus, to: StatementStatus): boolean {
  return statementTransitions[from].includes(to);
}

export function assertStatementTransition(from: StatementStatus, to: StatementStatus): void {
  if (from === to) throw new AppError('INVALID_STATE', 'transitionSameStatus');
  if (!canStatementTransition(from, to)) throw new AppError('INVALID_STATE', 'statementTransitionNotAllowed');
}

/** The secretariat writes the text only while drafting: circulated texts change through amendments. */
export function isTextEditable(status: StatementStatus): boolean {
  return status === 'drafting';
}

export function isFrozen(status: StatementStatus): boolean {
  return (frozenStatementStatuses as readonly StatementStatus[]).includes(status);
}

/**
 * Reservations and explanations of position are recorded on the adopted text until it is published:
 * publication issues the paper with them, and the page must not come to say more than the paper.
 */
export function acceptsPositions(status: StatementStatus): boolean {
  return status === 'adopted';
}

/** Amendments are taken while the text is circulated and its comment deadline has not passed. */
export function acceptsAmendments(statement: { status: StatementStatus; commentDeadline: Date | null }, now: Date): boolean {
  return statement.status === 'circulated' && statement.commentDeadline !== null && now < statement.commentDeadline;
}

export function assertAcceptsAmendments(statement: { status: StatementStatus; commentDeadline: Date | null }, now: Date): void {
  if (statement.status !== 'circulated') throw new AppError('INVALID_STATE', 'statementNotCirculated');
  if (!acceptsAmendments(statement, now)) throw new AppError('INVALID_STATE', 'statementCommentDeadlinePassed');
}
