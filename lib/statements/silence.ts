import { zonedDate } from '../time-zones';
import type { AdoptionManner, StatementStatus } from './values';

type SilenceFields = {
  status: StatementStatus;
  silenceDeadline: Date | null;
  adoptedAt: Date | null;
  adoptionManner: AdoptionManner | null;
};

/**
 * A silence procedure holds until its deadline; an objection ends it at once (the use-case moves the
 * statement back to drafting), so a procedure still running at its deadline has passed. At the
 * deadline exactly, it has passed: an objection must come before.
 */
export function silenceHasPassed(deadline: Date, now: Date): boolean {
  return now.getTime() >= deadline.getTime();
}

/**
 * Where a statement stands at `now`, whether or not the sweep has recorded a passed procedure yet:
 * every read goes through this, so no reader ever sees a silence procedure past its deadline.
 */
export function effectiveStatement<T extends SilenceFields>(statement: T, now: Date): T {
  if (statement.status !== 'silence_procedure' || !statement.silenceDeadline) return statement;
  if (!silenceHasPassed(statement.silenceDeadline, now)) return statement;
  return { ...statement, status: 'adopted', adoptedAt: statement.silenceDeadline, adoptionManner: 'silence' };
}

const hour = 3_600_000;

/** The default deadline of a silence procedure started at `now`: so many hours on, at the next full hour. */
export function defaultSilenceDeadline(now: Date, hours: number): Date {
  return new Date(Math.ceil((now.getTime() + hours * hour) / hour) * hour);
}

/**
 * The comment deadline a circulation offers first: a week on, at 18:00 that day in the meeting's zone
 * (a datetime-local value), the close of a working day rather than the minute the form was opened.
 */
export function defaultCommentDeadline(now: Date, timeZone: string): string {
  return `${zonedDate(new Date(now.getTime() + 7 * 24 * hour), timeZone)}T18:00`;
}
