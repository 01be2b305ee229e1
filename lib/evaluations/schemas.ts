import { z } from 'zod';
import { idSchema, isLinkTokenShape, optionalText } from '../schemas';
import { evaluationRemarkMaxLength } from './values';

/** The secretariat opens a meeting's evaluation until the end of a day, in the meeting's time zone. */
export const openEvaluationSchema = z.object({
  meetingId: idSchema,
  closingDay: z.iso.date({ error: 'evaluationClosingDayInvalid' }),
});
export type OpenEvaluationInput = z.output<typeof openEvaluationSchema>;

export const closeEvaluationSchema = z.object({ meetingId: idSchema });
export type CloseEvaluationInput = z.output<typeof closeEvaluationSchema>;

// A radio group gives its choice as a string, or nothing when none is chosen.
const rating = z.coerce
  .number({ error: 'evaluationRatingRequired' })
  .int({ error: 'evaluationRatingRequired' })
  .min(1, { error: 'evaluationRatingRequired' })
  .max(5, { error: 'evaluationRatingRequired' });

const answers = z.object({
  objectives: rating,
  relevance: rating,
  documents: rating,
  organization: rating,
  overall: rating,
  mostUseful: optionalText(evaluationRemarkMaxLength),
  improvements: optionalText(evaluationRemarkMaxLength),
});
export type EvaluationAnswersInput = z.output<typeof answers>;

/** A signed-in participant's answers: every statement rated, and what they wish to add in words. */
export const answerEvaluationSchema = answers.extend({ meetingId: idSchema });
export type AnswerEvaluationInput = z.output<typeof answerEvaluationSchema>;

/** The same answers sent through a participant's own link, signed out. */
export const answerEvaluationByLinkSchema = answers.extend({ token: z.string({ error: 'evaluationLinkUnknown' }).refine(isLinkTokenShape, { error: 'evaluationLinkUnknown' }) });
export type AnswerEvaluationByLinkInput = z.output<typeof answerEvaluationByLinkSchema>;
