'use server';

import { publicAction } from '@/lib/action';
import { answerEvaluationByLink } from '@/lib/evaluations/answer-by-link';
import { answerEvaluationByLinkSchema } from '@/lib/evaluations/schemas';

export const answerEvaluationByLinkAction = publicAction(answerEvaluationByLinkSchema, answerEvaluationByLink);
