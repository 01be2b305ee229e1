import type { EvaluationResponse, MeetingEvaluation } from '@/db/schema';
import { addDays, zonedLocalToInstant } from '@/lib/time-zones';
import type { GeneratedMeeting } from './meetings';
import type { Random } from './random';
import type { GeneratedRegistration } from './registrations';

type GeneratedSubmission = { registrationId: string; meetingId: string };
type GeneratedResponse = Omit<EvaluationResponse, 'id'>;

const remarks = {
  mostUseful: ['The project reviews.', 'Hearing each member state on air pollution.', 'The discussion of the next work programme.'],
  improvements: ['Circulate the papers earlier.', 'More time for discussion.', 'Interpretation for the whole meeting.'],
};

/**
 * The evaluations of the meetings that have met: each opened as the meeting ended, for two weeks,
 * and answered by about a third of its approved participants, mostly agreeing, now and then with a remark.
 */
export function generateEvaluations(context: { random: Random; meetings: readonly GeneratedMeeting[]; registrations: readonly GeneratedRegistration[] }) {
  const { random } = context;
  const held = context.meetings.filter((m) => m.status === 'concluded');
  const windows: MeetingEvaluation[] = held.map((meeting) => ({
    meetingId: meeting.id,
    openedAt: zonedLocalToInstant(`${meeting.endDate}T17:00`, meeting.timeZone),
    closesAt: zonedLocalToInstant(`${addDays(meeting.endDate, 15)}T00:00`, meeting.timeZone),
    openedByUserId: null,
  }));
  const heldIds = new Set(held.map((m) => m.id));
  const submissions: GeneratedSubmission[] = [];
  const responses: GeneratedResponse[] = [];
  const rating = () => Math.min(5, Math.max(1, Math.round(3.9 + (random.next() - 0.5) * 2.4)));
  for (const registration of context.registrations) {
    if (registration.status !== 'approved' || !heldIds.has(registration.meetingId) || random.next() > 0.35) continue;
    submissions.push({ registrationId: registration.id, meetingId: registration.meetingId });
    responses.push({
      meetingId: registration.meetingId,
      objectives: rating(),
      relevance: rating(),
      documents: rating(),
      organization: rating(),
      overall: rating(),
      mostUseful: random.next() < 0.3 ? random.pick(remarks.mostUseful) : null,
      improvements: random.next() < 0.3 ? random.pick(remarks.improvements) : null,
    });
  }
  return { windows, submissions, responses };
}
