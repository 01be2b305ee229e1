// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/**
 * The statements every participant rates after a meeting, as UN intergovernmental meetings ask them:
 * one questionnaire for every meeting, so meetings and years compare.
 */
export const evaluationQuestions = ['objectives', 'relevance', 'documents', 'organization', 'overall'] as const;
export type EvaluationQuestion = (typeof evaluationQuestions)[number];

/** From 1, strongly disagree, to 5, strongly agree. */
export const evaluationRatings = [1, 2, 3, 4, 5] as const;

/** What a participant may add in words: what was most useful, and what to do better. */
export const evaluationRemarks = ['mostUseful', 'improvements'] as const;
export const evaluationRemarkMaxLength = 2000;

/** Where an evaluation stands: derived from its window and the time, never stored. */
export const evaluationStates = ['not_opened', 'open', 'closed'] as const;
export type EvaluationState = (typeof evaluationStates)[number];

/** What the secretariat does to an evaluation: open it until a day (again, once closed), or close it early. */
export const evaluationSteps = ['open', 'close'] as const;
export type EvaluationStep = (typeof evaluationSteps)[number];

/** Days an evaluation stays open by default after the meeting's last day (or today, if later). */
export const defaultEvaluationDays = 14;
