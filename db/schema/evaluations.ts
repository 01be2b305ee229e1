import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings } from './meetings';
import { registrations } from './registrations';
import { users } from './users';

/** A meeting's evaluation, once the secretariat opens it: until when participants may answer. */
export const meetingEvaluations = pgTable(
  'meeting_evaluations',
  {
    meetingId: uuid()
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    openedAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    openedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [check('meeting_evaluations_closes_after_opening', sql`${t.closesAt} > ${t.openedAt}`)],
);

export type MeetingEvaluation = typeof meetingEvaluations.$inferSelect;

/**
 * That a participant answered a meeting's evaluation, so nobody answers twice: never what they
 * answered, which `evaluation_responses` keeps with no link back to them.
 */
export const evaluationSubmissions = pgTable('evaluation_submissions', {
  registrationId: uuid()
    .primaryKey()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  meetingId: uuid()
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
});

/**
 * A participant's own link to answer the evaluation, signed out: most participants have no account.
 * Only the token's hash is kept; each opening of the evaluation sends a new one.
 */
export const evaluationLinks = pgTable(
  'evaluation_links',
  {
    registrationId: uuid()
      .primaryKey()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
  },
  (t) => [uniqueIndex('evaluation_links_token_hash_idx').on(t.tokenHash)],
);

const rating = () => smallint().notNull();

/**
 * One participant's answers, anonymous: no person, registration or time, and a random id, so
 * neither a column nor the order of rows leads back to who answered.
 */
export const evaluationResponses = pgTable(
  'evaluation_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    objectives: rating(),
    relevance: rating(),
    documents: rating(),
    organization: rating(),
    overall: rating(),
    mostUseful: text(),
    improvements: text(),
  },
  (t) => [
    index('evaluation_responses_meeting_idx').on(t.meetingId, t.id),
    check(
      'evaluation_responses_ratings_range',
      sql`${t.objectives} between 1 and 5 and ${t.relevance} between 1 and 5 and ${t.documents} between 1 and 5 and ${t.organization} between 1 and 5 and ${t.overall} between 1 and 5`,
    ),
  ],
);

export type EvaluationResponse = typeof evaluationResponses.$inferSelect;
