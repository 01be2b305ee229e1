import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from './client';
import { insertDemoHistory, type DemoEvent } from './demo-history';
import { evaluationResponses, evaluationSubmissions, meetingEvaluations, registrations, users } from './schema';

type DemoAnswer = {
  /** Whose account answered: the submission is theirs, the answers nobody's. */
  email: string;
  answeredAt: string;
  ratings: [objectives: number, relevance: number, documents: number, organization: number, overall: number];
  mostUseful?: string;
  improvements?: string;
};

// Japan's head of delegation did not answer: the demo's evaluation can be opened again for them.
const som26Answers: DemoAnswer[] = [
  {
    email: 'delegate.kor@neaspec.example',
    answeredAt: '2023-11-25T10:12:00+09:00',
    ratings: [5, 5, 4, 4, 5],
    mostUseful: "The review of the North-East Asia Clean Air Partnership, with each member state's plans for the next two years.",
  },
  {
    email: 'delegate.chn@neaspec.example',
    answeredAt: '2023-11-27T15:40:00+09:00',
    ratings: [4, 5, 3, 4, 4],
    mostUseful: 'The discussion of the marine protected areas network.',
    improvements: 'Circulate the working papers two weeks before the meeting, not one.',
  },
  {
    email: 'delegate.rus@neaspec.example',
    answeredAt: '2023-11-28T09:05:00+09:00',
    ratings: [4, 4, 3, 5, 4],
    improvements: 'Interpretation into Russian for the whole meeting, not only the opening.',
  },
  {
    email: 'delegate.mng@neaspec.example',
    answeredAt: '2023-12-01T11:30:00+09:00',
    ratings: [5, 4, 4, 4, 5],
    mostUseful: 'The commemorative statement brought thirty years of cooperation together; the land degradation review was practical.',
  },
  {
    email: 'observer@neaspec.example',
    answeredAt: '2023-12-04T16:20:00+09:00',
    ratings: [3, 4, 4, 3, 4],
    improvements: 'More time for the statements of observers and partner organizations.',
  },
];

/**
 * The 26th SOM's evaluation: opened by the secretariat as the meeting closed, until 8 December 2023,
 * and answered by five participants; once.
 */
export async function insertSom26Evaluation(tx: Tx, meetingId: string, staffUserId: string | null): Promise<void> {
  const openedAt = '2023-11-24T17:30:00+09:00';
  const closesAt = new Date('2023-12-09T00:00:00+09:00');
  const [window] = await tx
    .insert(meetingEvaluations)
    .values({ meetingId, openedAt: new Date(openedAt), closesAt, openedByUserId: staffUserId })
    .onConflictDoNothing()
    .returning();
  if (!window) return;
  const answerers = await tx
    .select({ registrationId: registrations.id, userId: users.id, email: users.email })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'approved'), inArray(users.email, som26Answers.map((a) => a.email))));
  const events: DemoEvent[] = [
    {
      at: openedAt,
      actorUserId: staffUserId,
      action: 'evaluation.opened',
      entityType: 'meeting',
      entityId: meetingId,
      change: { fields: { evaluationClosesAt: { before: null, after: closesAt.toISOString() } } },
    },
  ];
  for (const answer of som26Answers) {
    const answerer = answerers.find((a) => a.email === answer.email);
    if (!answerer) continue;
    const [objectives, relevance, documents, organization, overall] = answer.ratings;
    await tx.insert(evaluationSubmissions).values({ registrationId: answerer.registrationId, meetingId });
    await tx.insert(evaluationResponses).values({
      meetingId,
      objectives,
      relevance,
      documents,
      organization,
      overall,
      mostUseful: answer.mostUseful ?? null,
      improvements: answer.improvements ?? null,
    });
    events.push({ at: answer.answeredAt, actorUserId: answerer.userId, action: 'evaluation.answered', entityType: 'meeting', entityId: meetingId, change: {} });
  }
  await insertDemoHistory(tx, events);
}
