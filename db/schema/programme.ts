import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  contributionKinds,
  fundingSources,
  projectStatuses,
  reviewRatings,
  type ContributionKind,
  type FundingSource,
  type ProjectStatus,
  type ReviewRating,
} from '../../lib/programme/values';
import { agendaItems } from './agenda';
import { meetings } from './meetings';
import { parties } from './parties';
import { users } from './users';

export { contributionKinds, fundingSources, projectStatuses, reviewRatings, type ContributionKind, type FundingSource, type ProjectStatus, type ReviewRating };
export const projectStatus = pgEnum('project_status', projectStatuses);
export const fundingSource = pgEnum('funding_source', fundingSources);
export const reviewRating = pgEnum('review_rating', reviewRatings);
export const contributionKind = pgEnum('contribution_kind', contributionKinds);

/** Money: exact decimals, read and written as strings by the driver (never floats). */
const money = () => numeric({ precision: 18, scale: 2 });

/** The programme areas are data the secretariat manages: a retired area takes no new projects and keeps its own. */
export const programmeAreas = pgTable('programme_areas', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  description: text(),
  retiredAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ProgrammeArea = typeof programmeAreas.$inferSelect;
export type NewProgrammeArea = typeof programmeAreas.$inferInsert;

export const projects = pgTable(
  'projects',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    title: text().notNull(),
    areaId: uuid()
      .notNull()
      .references(() => programmeAreas.id, { onDelete: 'restrict' }),
    leadPartyId: uuid().references(() => parties.id, { onDelete: 'restrict' }),
    implementingPartners: text(),
    startDate: date(),
    endDate: date(),
    budgetAmount: money(),
    budgetCurrency: text(),
    fundingSource: fundingSource().notNull(),
    status: projectStatus().notNull().default('proposed'),
    summary: text(),
    expectedOutputs: text(),
    /** Raised by every change of the project's row. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('projects_code_unique').on(t.code),
    check('projects_dates_ordered', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('projects_budget_non_negative', sql`${t.budgetAmount} is null or ${t.budgetAmount} >= 0`),
    check('projects_budget_has_currency', sql`(${t.budgetAmount} is null) = (${t.budgetCurrency} is null)`),
    check('projects_currency_format', sql`${t.budgetCurrency} is null or ${t.budgetCurrency} ~ '^[A-Z]{3}$'`),
    index('projects_area_status_idx').on(t.areaId, t.status),
    index('projects_lead_party_idx').on(t.leadPartyId),
    index('projects_title_idx').on(t.title),
  ],
);

export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;

/** The parties a project works with besides its lead. */
export const projectPartners = pgTable(
  'project_partners',
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.partyId] }), index('project_partners_party_idx').on(t.partyId)],
);

/** One project at one meeting: what the secretariat reports, what delegations say, what the meeting decided. */
export const projectReviews = pgTable(
  'project_reviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'restrict' }),
    progressSummary: text().notNull(),
    rating: reviewRating().notNull(),
    recommendation: text().notNull(),
    /** The last day (in the meeting's time zone) delegates of member states may comment. */
    commentDeadline: date().notNull(),
    /** The meeting's agenda item (of kind project_review) the review is taken up under, when there is one. */
    agendaItemId: uuid().references(() => agendaItems.id, { onDelete: 'set null' }),
    decision: text(),
    decidedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    preparedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the secretariat last corrected it: delegations see that it changed, the audit log what. */
    correctedAt: timestamp({ withTimezone: true }),
    /** Counts the secretariat's corrections: a correction made over an older one is refused. */
    version: integer().notNull().default(1),
  },
  (t) => [
    unique('project_reviews_project_meeting_unique').on(t.projectId, t.meetingId),
    check('project_reviews_decision_complete', sql`(${t.decision} is null) = (${t.decidedAt} is null)`),
    index('project_reviews_meeting_idx').on(t.meetingId),
    index('project_reviews_agenda_item_idx').on(t.agendaItemId),
  ],
);

export type ProjectReview = typeof projectReviews.$inferSelect;
export type NewProjectReview = typeof projectReviews.$inferInsert;

export const reviewComments = pgTable(
  'review_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewId: uuid()
      .notNull()
      .references(() => projectReviews.id, { onDelete: 'cascade' }),
    authorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the delegation last changed it: readers see that it changed, the audit log from what. */
    editedAt: timestamp({ withTimezone: true }),
    /** Counts the changes: a change made over a colleague's is refused. */
    version: integer().notNull().default(1),
  },
  (t) => [
    index('review_comments_review_idx').on(t.reviewId, t.createdAt),
    // One comment per member state on a review: it changes that one.
    unique('review_comments_review_party_unique').on(t.reviewId, t.partyId),
  ],
);

export type ReviewComment = typeof reviewComments.$inferSelect;

/** A party's pledge or payment for a year, to the core fund (no project) or earmarked for a project. */
export const contributions = pgTable(
  'contributions',
  {
    id: uuid().primaryKey().defaultRandom(),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    year: integer().notNull(),
    kind: contributionKind().notNull(),
    amount: money().notNull(),
    currency: text().notNull(),
    date: date().notNull(),
    projectId: uuid().references(() => projects.id, { onDelete: 'restrict' }),
    note: text(),
    recordedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('contributions_amount_positive', sql`${t.amount} > 0`),
    check('contributions_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('contributions_year_range', sql`${t.year} between 1990 and 2200`),
    index('contributions_year_party_idx').on(t.year, t.partyId),
    index('contributions_party_idx').on(t.partyId),
    index('contributions_project_idx').on(t.projectId),
  ],
);

export type Contribution = typeof contributions.$inferSelect;
export type NewContribution = typeof contributions.$inferInsert;

/**
 * Pledged and paid so far per party, year, currency and fund (core or earmarked), kept by a trigger on
 * contributions (migration `0012`) so that the dashboard and the totals read one row per combination
 * rather than summing every contribution on each request.
 */
export const contributionTotals = pgTable(
  'contribution_totals',
  {
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    year: integer().notNull(),
    currency: text().notNull(),
    isCoreFund: boolean().notNull(),
    pledged: numeric({ precision: 20, scale: 2 }).notNull().default('0'),
    paid: numeric({ precision: 20, scale: 2 }).notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.year, t.currency, t.isCoreFund] })],
);
