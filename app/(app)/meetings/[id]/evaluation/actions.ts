'use server';

import { validatedAction } from '@/lib/action';
import { answerEvaluation } from '@/lib/evaluations/answer-evaluation';
import { closeEvaluation } from '@/lib/evaluations/close-evaluation';
import { openEvaluation } from '@/lib/evaluations/open-evaluation';
import { answerEvaluationSchema, closeEvaluationSchema, openEvaluationSchema } from '@/lib/evaluations/schemas';

export const openEvaluationAction = validatedAction(openEvaluationSchema, openEvaluation);
export const closeEvaluationAction = validatedAction(closeEvaluationSchema, closeEvaluation);
export const answerEvaluationAction = validatedAction(answerEvaluationSchema, answerEvaluation);
