import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import {
  assertEvaluationStep,
  defaultEvaluationClosingDay,
  evaluationClosesAt,
  evaluationClosingDay,
  evaluationState,
  evaluationTransitions,
  meetingTakesEvaluation,
  responseRate,
  summarizeEvaluation,
  type EvaluationRatings,
} from '@/lib/evaluations/rules';
import { answerEvaluationSchema, openEvaluationSchema } from '@/lib/evaluations/schemas';
import { evaluationQuestions, evaluationStates, evaluationSteps } from '@/lib/evaluations/values';
import { meetingStatuses } from '@/lib/meetings/values';

const meetingId = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('evaluationState', () => {
  const window = { openedAt: new Date('2023-11-24T08:00:00Z'), closesAt: new Date('2023-12-08T15:00:00Z') };
  it('is not opened without a window, open before it closes, closed from then on', () => {
    expect(evaluationState(undefined, new Date('2023-11-24T09:00:00Z'))).toBe('not_opened');
    expect(evaluationState(window, new Date('2023-12-08T14:59:59Z'))).toBe('open');
    expect(evaluationState(window, window.closesAt)).toBe('closed');
  });
});

describe('the evaluation lifecycle', () => {
  // The whole matrix: each state and each step, allowed exactly where the table says.
  const allowed: Record<string, boolean> = {
    'not_opened:open': true,
    'not_opened:close': false,
    'open:open': false,
    'open:close': true,
    'closed:open': true,
    'closed:close': false,
  };
  for (const state of evaluationStates) {
    for (const step of evaluationSteps) {
      it(`${allowed[`${state}:${step}`] ? 'allows' : 'refuses'} ${step} when ${state}`, () => {
        expect(evaluationTransitions[state].includes(step)).toBe(allowed[`${state}:${step}`]);
        if (allowed[`${state}:${step}`]) expect(() => assertEvaluationStep(state, step)).not.toThrow();
        else expect(() => assertEvaluationStep(state, step)).toThrow(new AppError('INVALID_STATE', step === 'open' ? 'evaluationAlreadyOpen' : 'evaluationNotOpen'));
      });
    }
  }

  it('takes evaluations of meetings that have begun only', () => {
    expect(meetingStatuses.filter(meetingTakesEvaluation)).toEqual(['in_session', 'concluded']);
  });
});

describe('the closing day', () => {
  it('offers two weeks after the meeting, or after today once the meeting is past', () => {
    expect(defaultEvaluationClosingDay('2023-11-24', '2023-11-23')).toBe('2023-12-08');
    expect(defaultEvaluationClosingDay('2023-11-24', '2024-01-10')).toBe('2024-01-24');
  });

  it('closes at the end of the day where the meeting is held, and says that day back', () => {
    const closesAt = evaluationClosesAt('2023-12-08', 'Asia/Seoul');
    expect(closesAt.toISOString()).toBe('2023-12-08T15:00:00.000Z');
    expect(evaluationClosingDay(closesAt, 'Asia/Seoul')).toBe('2023-12-08');
  });
});

describe('summarizeEvaluation', () => {
  const answer = (rating: number): EvaluationRatings => Object.fromEntries(evaluationQuestions.map((q) => [q, rating])) as EvaluationRatings;

  it('counts each rating of each statement, in the questionnaire order, with the mean to one decimal', () => {
    const summary = summarizeEvaluation([answer(5), answer(4), { ...answer(4), documents: 2 }]);
    expect(summary.map((s) => s.question)).toEqual([...evaluationQuestions]);
    expect(summary[0]).toEqual({ question: 'objectives', counts: [0, 0, 0, 2, 1], mean: 4.3 });
    expect(summary[2]).toEqual({ question: 'documents', counts: [0, 1, 0, 1, 1], mean: 3.7 });
  });

  it('has no mean without answers', () => {
    expect(summarizeEvaluation([]).every((s) => s.mean === null && s.counts.every((c) => c === 0))).toBe(true);
  });

  it('counts every answer once, and its mean stays within the scale', () => {
    const ratings = fc.record(Object.fromEntries(evaluationQuestions.map((q) => [q, fc.integer({ min: 1, max: 5 })])) as Record<string, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(fc.array(ratings, { minLength: 1, maxLength: 60 }), (responses) => {
        for (const s of summarizeEvaluation(responses as EvaluationRatings[])) {
          expect(s.counts.reduce((a, b) => a + b, 0)).toBe(responses.length);
          expect(s.mean).toBeGreaterThanOrEqual(1);
          expect(s.mean).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('gives the response rate in whole percent', () => {
    expect(responseRate(12, 40)).toBe(30);
    expect(responseRate(1, 3)).toBe(33);
    expect(responseRate(0, 0)).toBeNull();
  });
});

describe('the evaluation forms', () => {
  const full = { meetingId, objectives: '5', relevance: '4', documents: '3', organization: '2', overall: '1' };

  it('takes the radios as numbers and empty remarks as none', () => {
    expect(answerEvaluationSchema.parse({ ...full, mostUseful: '  The air quality session. ', improvements: '' })).toEqual({
      meetingId,
      objectives: 5,
      relevance: 4,
      documents: 3,
      organization: 2,
      overall: 1,
      mostUseful: 'The air quality session.',
      improvements: null,
    });
  });

  it('asks for every rating, from 1 to 5, and remarks of at most 2,000 characters', () => {
    const issues = (input: Record<string, unknown>) =>
      answerEvaluationSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`) ?? [];
    expect(issues({ ...full, objectives: undefined })).toEqual(['objectives:evaluationRatingRequired']);
    expect(issues({ ...full, relevance: null, overall: '6', documents: '2.5' })).toEqual([
      'relevance:evaluationRatingRequired',
      'documents:evaluationRatingRequired',
      'overall:evaluationRatingRequired',
    ]);
    expect(issues({ ...full, improvements: 'x'.repeat(2001) })).toEqual(['improvements:tooLong']);
  });

  it('asks for a day to close on', () => {
    expect(openEvaluationSchema.safeParse({ meetingId, closingDay: '2023-12-32' }).error?.issues[0]?.message).toBe('evaluationClosingDayInvalid');
  });
});
