import { AppError } from '../errors';
import type { MeetingStatus } from '../meetings/values';
import { addDays, zonedDate, zonedLocalToInstant } from '../time-zones';
import {
  defaultEvaluationDays,
  evaluationQuestions,
  evaluationRatings,
  type EvaluationQuestion,
  type EvaluationState,
  type EvaluationStep,
} from './values';

/** When an evaluation was opened and when it closes (or closed); none until the secretariat opens it. */
export type EvaluationWindow = { openedAt: Date; closesAt: Date };

export function evaluationState(window: EvaluationWindow | null | undefined, now: Date): EvaluationState {
  if (!window) return 'not_opened';
  return now < window.closesAt ? 'open' : 'closed';
}

/** The steps each state allows: a closed evaluation may be opened again, until a new day. */
export const evaluationTransitions: Record<EvaluationState, readonly EvaluationStep[]> = {
  not_opened: ['open'],
  open: ['close'],
  closed: ['open'],
};

export function assertEvaluationStep(state: EvaluationState, step: EvaluationStep): void {
  if (!evaluationTransitions[state].includes(step)) throw new AppError('INVALID_STATE', step === 'open' ? 'evaluationAlreadyOpen' : 'evaluationNotOpen');
}

/** Participants evaluate a meeting they have been to: from its first day on, never a cancelled one. */
export function meetingTakesEvaluation(status: MeetingStatus): boolean {
  return status === 'in_session' || status === 'concluded';
}

/** The closing day offered: two weeks after the meeting's last day, or after today if that is later. */
export function defaultEvaluationClosingDay(meetingEndDate: string, today: string): string {
  return addDays(meetingEndDate > today ? meetingEndDate : today, defaultEvaluationDays);
}

/** An evaluation open "until" a day takes answers to the end of that day, where the meeting is held. */
export function evaluationClosesAt(closingDay: string, timeZone: string): Date {
  return zonedLocalToInstant(`${addDays(closingDay, 1)}T00:00`, timeZone);
}

/** The last day an evaluation takes answers, where the meeting is held: the day before it closes. */
export function evaluationClosingDay(closesAt: Date, timeZone: string): string {
  return zonedDate(new Date(closesAt.getTime() - 1), timeZone);
}

/** One participant's ratings, each from 1 to 5. */
export type EvaluationRatings = Record<EvaluationQuestion, number>;

/** How a question was answered: how many gave each rating (from 1 to 5), and their mean. */
export type QuestionSummary = { question: EvaluationQuestion; counts: number[]; mean: number | null };

/** Every question's answers counted, in the questionnaire's order; the mean to one decimal. */
export function summarizeEvaluation(responses: EvaluationRatings[]): QuestionSummary[] {
  return evaluationQuestions.map((question) => {
    const counts = evaluationRatings.map((rating) => responses.filter((response) => response[question] === rating).length);
    const total = responses.reduce((sum, response) => sum + response[question], 0);
    return { question, counts, mean: responses.length === 0 ? null : Math.round((total / responses.length) * 10) / 10 };
  });
}

/** The share of participants who answered, in whole percent; none when nobody took part. */
export function responseRate(responses: number, participants: number): number | null {
  return participants === 0 ? null : Math.round((Math.min(responses, participants) / participants) * 100);
}
