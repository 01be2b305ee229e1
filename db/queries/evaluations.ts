import 'server-only';
import { and, asc, count, eq, gt, isNull, lt, lte, sql } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { preparedRead } from '../prepared';
import {
  evaluationLinks,
  evaluationResponses,
  evaluationSubmissions,
  meetingEvaluations,
  meetings,
  registrations,
  type EvaluationResponse,
  type MeetingEvaluation,
} from '../schema';

// A meeting's evaluation: its window, who answered (never what), and the answers (never whose).

/** The evaluation's window; with `lock`, held until the transaction ends (`share`: answers; `update`: opening and closing). */
export async function findEvaluationWindow(meetingId: string, ex: Executor = db, options: { lock?: 'share' | 'update' } = {}): Promise<MeetingEvaluation | undefined> {
  const query = ex.select().from(meetingEvaluations).where(eq(meetingEvaluations.meetingId, meetingId));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  return row;
}

/**
 * Opens the evaluation until `closesAt`, unless it is open already: guarded in SQL as a status
 * change is (`where status = from`), so of two openings at once only one takes effect.
 */
export async function openEvaluationWindow(
  values: { meetingId: string; openedAt: Date; closesAt: Date; openedByUserId: string },
  ex: Executor,
): Promise<MeetingEvaluation | undefined> {
  const [row] = await ex
    .insert(meetingEvaluations)
    .values(values)
    .onConflictDoUpdate({
      target: meetingEvaluations.meetingId,
      set: { openedAt: values.openedAt, closesAt: values.closesAt, openedByUserId: values.openedByUserId },
      setWhere: lte(meetingEvaluations.closesAt, values.openedAt),
    })
    .returning();
  return row;
}

/** Closes an open evaluation now; nothing if it closed meanwhile. */
export async function closeEvaluationWindow(meetingId: string, now: Date, ex: Executor): Promise<MeetingEvaluation | undefined> {
  const [row] = await ex
    .update(meetingEvaluations)
    .set({ closesAt: now })
    .where(and(eq(meetingEvaluations.meetingId, meetingId), gt(meetingEvaluations.closesAt, now), lt(meetingEvaluations.openedAt, now)))
    .returning();
  return row;
}

/**
 * The actor's approved registration at the meeting, and whether it has answered the evaluation: what
 * decides whether they may answer.
 */
export async function findOwnParticipation(meetingId: string, userId: string, ex: Executor = db): Promise<{ registrationId: string; hasAnswered: boolean } | undefined> {
  const [row] = await ownParticipation(ex).execute({ meetingId, userId });
  return row;
}
const ownParticipation = preparedRead('evaluation_own_participation', (ex) =>
  ex
    .select({ registrationId: registrations.id, hasAnswered: sql<boolean>`${evaluationSubmissions.registrationId} is not null` })
    .from(registrations)
    .leftJoin(evaluationSubmissions, eq(evaluationSubmissions.registrationId, registrations.id))
    .where(
      and(
        eq(registrations.meetingId, sql.placeholder('meetingId')),
        eq(registrations.userId, sql.placeholder('userId')),
        eq(registrations.status, 'approved'),
      ),
    )
    .limit(1),
);

/** Records that the registration answered; false if it had already. */
export async function insertSubmission(values: { registrationId: string; meetingId: string }, ex: Executor): Promise<boolean> {
  const rows = await ex.insert(evaluationSubmissions).values(values).onConflictDoNothing().returning({ registrationId: evaluationSubmissions.registrationId });
  return rows.length === 1;
}

export async function insertResponse(values: Omit<EvaluationResponse, 'id'>, ex: Executor): Promise<void> {
  await ex.insert(evaluationResponses).values(values);
}

export type EvaluationAnswers = Omit<EvaluationResponse, 'id' | 'meetingId'>;

/** Every answer to the meeting's evaluation, in the order of their random ids: no order of answering shows. */
export function listEvaluationResponses(meetingId: string, ex: Executor = db): Promise<EvaluationAnswers[]> {
  return meetingResponses(ex).execute({ meetingId });
}
const meetingResponses = preparedRead('evaluation_responses_of_meeting', (ex) =>
  ex
    .select({
      objectives: evaluationResponses.objectives,
      relevance: evaluationResponses.relevance,
      documents: evaluationResponses.documents,
      organization: evaluationResponses.organization,
      overall: evaluationResponses.overall,
      mostUseful: evaluationResponses.mostUseful,
      improvements: evaluationResponses.improvements,
    })
    .from(evaluationResponses)
    .where(eq(evaluationResponses.meetingId, sql.placeholder('meetingId')))
    .orderBy(asc(evaluationResponses.id)),
);

/** The meeting's approved participants: all of them, the base of the response rate. */
export async function countApprovedParticipants(meetingId: string, ex: Executor = db): Promise<number> {
  const [row] = await approvedParticipants(ex).execute({ meetingId });
  return row?.total ?? 0;
}
const approvedParticipants = preparedRead('evaluation_approved_participants', (ex) =>
  ex
    .select({ total: count() })
    .from(registrations)
    .where(and(eq(registrations.meetingId, sql.placeholder('meetingId')), eq(registrations.status, 'approved'))),
);

/** The approved participants who have not answered yet, with or without an account: whom the opening asks. */
export function listParticipantsToAsk(meetingId: string, ex: Executor): Promise<{ registrationId: string; name: string; email: string }[]> {
  return ex
    .select({ registrationId: registrations.id, name: registrations.name, email: registrations.email })
    .from(registrations)
    .leftJoin(evaluationSubmissions, eq(evaluationSubmissions.registrationId, registrations.id))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'approved'), isNull(evaluationSubmissions.registrationId)))
    .orderBy(asc(registrations.name));
}

/** Each participant's link to answer, by its token's hash: a new one replaces the last. */
export async function saveEvaluationLinks(links: { registrationId: string; meetingId: string; tokenHash: string }[], ex: Executor): Promise<void> {
  if (links.length === 0) return;
  await ex
    .insert(evaluationLinks)
    .values(links)
    .onConflictDoUpdate({ target: evaluationLinks.registrationId, set: { tokenHash: sql`excluded.token_hash` } });
}

/** What a link leads to: the participant's registration, its meeting, and whether it answered. */
export async function findEvaluationLink(tokenHash: string, ex: Executor = db) {
  const [row] = await ex
    .select({
      registrationId: registrations.id,
      registrationStatus: registrations.status,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      timeZone: meetings.timeZone,
      hasAnswered: sql<boolean>`${evaluationSubmissions.registrationId} is not null`,
    })
    .from(evaluationLinks)
    .innerJoin(registrations, eq(registrations.id, evaluationLinks.registrationId))
    .innerJoin(meetings, eq(meetings.id, evaluationLinks.meetingId))
    .leftJoin(evaluationSubmissions, eq(evaluationSubmissions.registrationId, evaluationLinks.registrationId))
    .where(eq(evaluationLinks.tokenHash, tokenHash));
  return row;
}
