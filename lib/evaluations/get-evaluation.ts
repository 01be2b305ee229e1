import 'server-only';
import { countApprovedParticipants, findEvaluationWindow, findOwnParticipation, listEvaluationResponses } from '@/db/queries/evaluations';
import { findMeetingDetail } from '@/db/queries/meetings';
import { appNow } from '../clock';
import { AppError } from '../errors';
import { assertCan, can, type Actor } from '../permissions';
import { isId } from '../schemas';
import { zonedDate } from '../time-zones';
import { defaultEvaluationClosingDay, evaluationClosingDay, evaluationState, evaluationTransitions, meetingTakesEvaluation, responseRate, summarizeEvaluation } from './rules';

/**
 * A meeting's evaluation as the reader may see it: where it stands and until when; for a
 * participant, whether they answered; for the secretariat and the meeting's chair, the answers,
 * counted, and the remarks, in no order that shows who wrote them.
 */
export async function getEvaluation({ actor, input, now = appNow() }: { actor: Actor; input: { meetingId: string }; now?: Date }) {
  assertCan(actor, 'meetings:read');
  if (!isId(input.meetingId)) throw new AppError('NOT_FOUND', 'notFound');
  const meeting = await findMeetingDetail(input.meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', 'notFound');
  const mayAnswer = can(actor, 'evaluations:answer');
  const mayReadResults = can(actor, 'evaluations:readResults', { meeting });
  const [window, participation, responses, participants] = await Promise.all([
    findEvaluationWindow(meeting.id),
    mayAnswer ? findOwnParticipation(meeting.id, actor.id) : undefined,
    mayReadResults ? listEvaluationResponses(meeting.id) : undefined,
    mayReadResults ? countApprovedParticipants(meeting.id) : undefined,
  ]);
  const state = evaluationState(window, now);
  const mayManage = can(actor, 'evaluations:manage');
  return {
    meeting: { id: meeting.id, title: meeting.title, timeZone: meeting.timeZone, status: meeting.status },
    state,
    closingDay: window ? evaluationClosingDay(window.closesAt, meeting.timeZone) : null,
    defaultClosingDay: defaultEvaluationClosingDay(meeting.endDate, zonedDate(now, meeting.timeZone)),
    can: {
      open: mayManage && meetingTakesEvaluation(meeting.status) && evaluationTransitions[state].includes('open'),
      close: mayManage && evaluationTransitions[state].includes('close'),
      answer: Boolean(participation) && !participation!.hasAnswered && state === 'open',
      readResults: mayReadResults,
    },
    /** The reader's part: none when they are not an approved participant. */
    own: participation ? { hasAnswered: participation.hasAnswered } : null,
    results:
      responses && participants !== undefined
        ? {
            responses: responses.length,
            participants,
            rate: responseRate(responses.length, participants),
            questions: summarizeEvaluation(responses),
            mostUseful: responses.flatMap((r) => (r.mostUseful ? [r.mostUseful] : [])),
            improvements: responses.flatMap((r) => (r.improvements ? [r.improvements] : [])),
          }
        : null,
  };
}

export type EvaluationView = Awaited<ReturnType<typeof getEvaluation>>;
