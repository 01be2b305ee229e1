import 'server-only';
import { and, asc, count, desc, eq, exists, gte, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { preparedRead, preparedReadByShape } from '../prepared';
import {
  contributionTotals,
  contributions,
  meetings,
  meetingSeries,
  parties,
  programmeAreas,
  projectPartners,
  projectReviews,
  projects,
  reviewComments,
  users,
  type Contribution,
  type NewContribution,
  type NewProgrammeArea,
  type NewProject,
  type NewProjectReview,
  type ProgrammeArea,
  type Project,
  type ProjectReview,
  type ProjectStatus,
  type ReviewComment,
} from '../schema';
import { containing } from './contains';

const leadParties = alias(parties, 'lead_parties');
const partnerParties = alias(parties, 'partner_parties');

// ---------------------------------------------------------------------------------------------
// Areas

export function listAreas(ex: Executor = db): Promise<ProgrammeArea[]> {
  return allAreas(ex).execute();
}
const allAreas = preparedRead('all_areas', (ex) =>
  ex.select().from(programmeAreas).orderBy(asc(sql`${programmeAreas.retiredAt} is not null`), asc(programmeAreas.name)),
);

export function findAreaById(id: string, ex: Executor = db): Promise<ProgrammeArea | undefined> {
  return ex.query.programmeAreas.findFirst({ where: eq(programmeAreas.id, id) });
}

export async function insertArea(values: NewProgrammeArea, ex: Executor = db): Promise<ProgrammeArea> {
  const [area] = await ex.insert(programmeAreas).values(values).returning();
  if (!area) throw new Error('insert into programme_areas returned no row');
  return area;
}

/** Retires an area that is still active; undefined if it was already retired (or is gone). */
export async function retireArea(id: string, ex: Executor = db): Promise<ProgrammeArea | undefined> {
  const [area] = await ex
    .update(programmeAreas)
    .set({ retiredAt: sql`now()` })
    .where(and(eq(programmeAreas.id, id), isNull(programmeAreas.retiredAt)))
    .returning();
  return area;
}

/** Brings a retired area back; undefined if it was active already (or is gone). */
export async function restoreArea(id: string, ex: Executor = db): Promise<ProgrammeArea | undefined> {
  const [area] = await ex
    .update(programmeAreas)
    .set({ retiredAt: null })
    .where(and(eq(programmeAreas.id, id), isNotNull(programmeAreas.retiredAt)))
    .returning();
  return area;
}

// ---------------------------------------------------------------------------------------------
// Projects

export type ProjectFilter = { query?: string; areaCode?: string; status?: ProjectStatus; partyCode?: string };

export type ProjectListRow = Pick<
  Project,
  'id' | 'code' | 'title' | 'status' | 'startDate' | 'endDate' | 'budgetAmount' | 'budgetCurrency' | 'fundingSource'
> & { areaName: string; leadPartyName: string | null; leadPartyCode: string | null };

/** Which of the list's filters are set: each shape is its own prepared read. */
type ProjectFilterShape = { [Filter in keyof ProjectFilter]-?: boolean };

function projectFilterShape(filter: ProjectFilter): ProjectFilterShape {
  return { query: Boolean(filter.query?.trim()), areaCode: Boolean(filter.areaCode), status: Boolean(filter.status), partyCode: Boolean(filter.partyCode) };
}

function projectFilterValues(filter: ProjectFilter) {
  return { ...filter, pattern: containing(filter.query?.trim() ?? '') };
}

function projectFilter(shape: ProjectFilterShape): SQL | undefined {
  return and(
    shape.query ? or(ilike(projects.title, sql.placeholder('pattern')), ilike(projects.code, sql.placeholder('pattern'))) : undefined,
    shape.areaCode ? eq(programmeAreas.code, sql.placeholder('areaCode')) : undefined,
    shape.status ? eq(projects.status, sql.placeholder('status')) : undefined,
    shape.partyCode
      ? or(
          eq(leadParties.code, sql.placeholder('partyCode')),
          exists(
            db
              .select({ one: sql`1` })
              .from(projectPartners)
              .innerJoin(partnerParties, eq(projectPartners.partyId, partnerParties.id))
              .where(and(eq(projectPartners.projectId, projects.id), eq(partnerParties.code, sql.placeholder('partyCode')))),
          ),
        )
      : undefined,
  );
}

const projectListColumns = {
  id: projects.id,
  code: projects.code,
  title: projects.title,
  status: projects.status,
  startDate: projects.startDate,
  endDate: projects.endDate,
  budgetAmount: projects.budgetAmount,
  budgetCurrency: projects.budgetCurrency,
  fundingSource: projects.fundingSource,
  areaName: programmeAreas.name,
  leadPartyName: leadParties.name,
  leadPartyCode: leadParties.code,
};

const projectPage = preparedReadByShape('project_page', (ex, shape: ProjectFilterShape) =>
  ex
    .select(projectListColumns)
    .from(projects)
    .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id))
    .leftJoin(leadParties, eq(projects.leadPartyId, leadParties.id))
    .where(projectFilter(shape))
    .orderBy(asc(projects.code))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')),
);
const projectCount = preparedReadByShape('project_count', (ex, shape: ProjectFilterShape) =>
  ex
    .select({ total: count() })
    .from(projects)
    .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id))
    .leftJoin(leadParties, eq(projects.leadPartyId, leadParties.id))
    .where(projectFilter(shape)),
);

export async function listProjects(
  filter: ProjectFilter & { limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: ProjectListRow[]; total: number }> {
  const shape = projectFilterShape(filter);
  const values = projectFilterValues(filter);
  const [page, [totals]] = await Promise.all([projectPage(shape, ex).execute(values), projectCount(shape, ex).execute(values)]);
  return { rows: page, total: totals?.total ?? 0 };
}

/** Every project of the filter, for the CSV export, with its partners' codes. */
export function listProjectsForExport(filter: ProjectFilter, ex: Executor = db) {
  return projectExport(projectFilterShape(filter), ex).execute(projectFilterValues(filter));
}
const projectExport = preparedReadByShape('project_export', (ex, shape: ProjectFilterShape) =>
  ex
    .select({
      ...projectListColumns,
      areaCode: programmeAreas.code,
      implementingPartners: projects.implementingPartners,
      partnerCodes: sql<string>`coalesce((select string_agg(${partnerParties.code}, ' ' order by ${partnerParties.code})
        from ${projectPartners} join ${parties} as ${partnerParties} on ${partnerParties.id} = ${projectPartners.partyId}
        where ${projectPartners.projectId} = ${projects.id}), '')`,
    })
    .from(projects)
    .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id))
    .leftJoin(leadParties, eq(projects.leadPartyId, leadParties.id))
    .where(projectFilter(shape))
    .orderBy(asc(projects.code)),
);

export type ProjectDetail = Project & { areaName: string; areaCode: string; leadPartyName: string | null };

export async function findProjectDetail(id: string, ex: Executor = db, options: { lock?: boolean } = {}): Promise<ProjectDetail | undefined> {
  const query = ex
    .select({ project: projects, areaName: programmeAreas.name, areaCode: programmeAreas.code, leadPartyName: leadParties.name })
    .from(projects)
    .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id))
    .leftJoin(leadParties, eq(projects.leadPartyId, leadParties.id))
    .where(eq(projects.id, id));
  const [row] = options.lock ? await query.for('update', { of: projects }) : await query;
  if (!row) return undefined;
  const { project, ...names } = row;
  return { ...project, ...names };
}

export function listProjectPartners(projectId: string, ex: Executor = db) {
  return ex
    .select({ id: parties.id, code: parties.code, name: parties.name })
    .from(projectPartners)
    .innerJoin(parties, eq(projectPartners.partyId, parties.id))
    .where(eq(projectPartners.projectId, projectId))
    .orderBy(asc(parties.name));
}

export async function insertProject(values: NewProject, ex: Executor = db): Promise<Project> {
  const [project] = await ex.insert(projects).values(values).returning();
  if (!project) throw new Error('insert into projects returned no row');
  return project;
}

export async function replaceProjectPartners(projectId: string, partyIds: string[], ex: Executor = db): Promise<void> {
  await ex.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
  if (partyIds.length > 0) await ex.insert(projectPartners).values(partyIds.map((partyId) => ({ projectId, partyId })));
}

const nextVersion = { version: sql`${projects.version} + 1`, updatedAt: sql`now()` };

/** Saves a project only if it is still at the version the form showed. */
export async function updateProject(
  id: string,
  version: number,
  values: Partial<Omit<NewProject, 'id' | 'status' | 'createdAt' | 'version'>>,
  ex: Executor = db,
): Promise<Project | undefined> {
  const [project] = await ex
    .update(projects)
    .set({ ...values, ...nextVersion })
    .where(and(eq(projects.id, id), eq(projects.version, version)))
    .returning();
  return project;
}

/** Moves a project on only if it is still in the status the change was decided from. */
export async function updateProjectStatus(id: string, change: { from: ProjectStatus; to: ProjectStatus }, ex: Executor = db) {
  const [project] = await ex
    .update(projects)
    .set({ status: change.to, ...nextVersion })
    .where(and(eq(projects.id, id), eq(projects.status, change.from)))
    .returning();
  return project;
}

/** Projects to choose from (a review's or a contribution's): code and title. */
export function listProjectChoices(ex: Executor = db) {
  return ex.select({ id: projects.id, code: projects.code, title: projects.title }).from(projects).orderBy(asc(projects.code));
}

// ---------------------------------------------------------------------------------------------
// Reviews

const deciders = alias(users, 'deciders');

/** A project's reviews, one per meeting, oldest meeting first: the project's timeline. */
export function listProjectReviews(projectId: string, ex: Executor = db) {
  return ex
    .select({
      review: projectReviews,
      meetingTitle: meetings.title,
      meetingNumber: meetings.number,
      meetingStartDate: meetings.startDate,
      meetingStatus: meetings.status,
      meetingTimeZone: meetings.timeZone,
      meetingChairUserId: meetings.chairUserId,
      seriesCode: meetingSeries.code,
      decidedByName: deciders.name,
    })
    .from(projectReviews)
    .innerJoin(meetings, eq(projectReviews.meetingId, meetings.id))
    .innerJoin(meetingSeries, eq(meetings.seriesId, meetingSeries.id))
    .leftJoin(deciders, eq(projectReviews.decidedByUserId, deciders.id))
    .where(eq(projectReviews.projectId, projectId))
    .orderBy(asc(meetings.startDate));
}

/** The reviews due at a meeting, by project code. */
export function listMeetingReviews(meetingId: string, ex: Executor = db) {
  return meetingReviews(ex).execute({ meetingId });
}
const meetingReviews = preparedRead('meeting_reviews', (ex) =>
  ex
    .select({
      id: projectReviews.id,
      projectId: projects.id,
      projectCode: projects.code,
      projectTitle: projects.title,
      rating: projectReviews.rating,
      commentDeadline: projectReviews.commentDeadline,
      decision: projectReviews.decision,
      decidedAt: projectReviews.decidedAt,
      meetingId: projectReviews.meetingId,
      agendaItemId: projectReviews.agendaItemId,
    })
    .from(projectReviews)
    .innerJoin(projects, eq(projectReviews.projectId, projects.id))
    .where(eq(projectReviews.meetingId, sql.placeholder('meetingId')))
    .orderBy(asc(projects.code)),
);

export function listReviewComments(reviewIds: string[], ex: Executor = db) {
  if (reviewIds.length === 0) return Promise.resolve([]);
  return ex
    .select({
      id: reviewComments.id,
      reviewId: reviewComments.reviewId,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
      editedAt: reviewComments.editedAt,
      version: reviewComments.version,
      partyId: reviewComments.partyId,
      authorName: users.name,
      partyName: parties.name,
    })
    .from(reviewComments)
    .innerJoin(parties, eq(reviewComments.partyId, parties.id))
    .leftJoin(users, eq(reviewComments.authorUserId, users.id))
    .where(inArray(reviewComments.reviewId, reviewIds))
    .orderBy(asc(reviewComments.createdAt));
}

export function findReviewById(id: string, ex: Executor = db): Promise<ProjectReview | undefined> {
  return ex.query.projectReviews.findFirst({ where: eq(projectReviews.id, id) });
}

export async function insertReview(values: NewProjectReview, ex: Executor = db): Promise<ProjectReview> {
  const [review] = await ex.insert(projectReviews).values(values).returning();
  if (!review) throw new Error('insert into project_reviews returned no row');
  return review;
}

/** The parties that have commented on a review. */
export async function listCommentingPartyIds(reviewId: string, ex: Executor = db): Promise<string[]> {
  const rows = await ex.select({ partyId: reviewComments.partyId }).from(reviewComments).where(eq(reviewComments.reviewId, reviewId));
  return rows.map((row) => row.partyId);
}

export async function insertReviewComment(
  values: Pick<ReviewComment, 'reviewId' | 'authorUserId' | 'partyId' | 'body'>,
  ex: Executor = db,
): Promise<ReviewComment> {
  const [comment] = await ex.insert(reviewComments).values(values).returning();
  if (!comment) throw new Error('insert into review_comments returned no row');
  return comment;
}

export function findReviewCommentById(id: string, ex: Executor = db): Promise<ReviewComment | undefined> {
  return ex.query.reviewComments.findFirst({ where: eq(reviewComments.id, id) });
}

/** Changes a comment's words at the version read, marking when: undefined if it changed meanwhile. */
export async function updateReviewComment(id: string, version: number, body: string, ex: Executor = db): Promise<ReviewComment | undefined> {
  const [comment] = await ex
    .update(reviewComments)
    .set({ body, editedAt: sql`now()`, version: sql`${reviewComments.version} + 1` })
    .where(and(eq(reviewComments.id, id), eq(reviewComments.version, version)))
    .returning();
  return comment;
}

/** Corrects what the secretariat wrote, while no decision is recorded, marking when: undefined once one is. */
export async function updateReview(
  id: string,
  version: number,
  values: Pick<ProjectReview, 'progressSummary' | 'rating' | 'recommendation' | 'commentDeadline' | 'agendaItemId'>,
  ex: Executor = db,
): Promise<ProjectReview | undefined> {
  const [review] = await ex
    .update(projectReviews)
    .set({ ...values, correctedAt: sql`now()`, version: sql`${projectReviews.version} + 1` })
    .where(and(eq(projectReviews.id, id), eq(projectReviews.version, version), isNull(projectReviews.decidedAt)))
    .returning();
  return review;
}

/** Records the decision once: undefined if one was recorded meanwhile. */
export async function updateReviewDecision(id: string, values: { decision: string; decidedByUserId: string }, ex: Executor = db) {
  const [review] = await ex
    .update(projectReviews)
    .set({ ...values, decidedAt: sql`now()` })
    .where(and(eq(projectReviews.id, id), isNull(projectReviews.decidedAt)))
    .returning();
  return review;
}

// ---------------------------------------------------------------------------------------------
// Contributions

export async function insertContribution(values: NewContribution, ex: Executor = db): Promise<Contribution> {
  const [contribution] = await ex.insert(contributions).values(values).returning();
  if (!contribution) throw new Error('insert into contributions returned no row');
  return contribution;
}

export async function deleteContribution(id: string, ex: Executor = db): Promise<Contribution | undefined> {
  const [removed] = await ex.delete(contributions).where(eq(contributions.id, id)).returning();
  return removed;
}

export type ContributionFilter = { year?: number; sinceYear?: number; partyCode?: string };

/** Which of the filters are set: each shape is its own prepared read. */
type ContributionFilterShape = { [Filter in keyof ContributionFilter]-?: boolean };

function contributionFilterShape(filter: ContributionFilter): ContributionFilterShape {
  return { year: Boolean(filter.year), sinceYear: Boolean(filter.sinceYear), partyCode: Boolean(filter.partyCode) };
}

/** A contribution filter on a table joined to parties (contributions, or their totals). */
function yearAndParty(year: typeof contributions.year | typeof contributionTotals.year, shape: ContributionFilterShape): SQL | undefined {
  return and(
    shape.year ? eq(year, sql.placeholder('year')) : undefined,
    shape.sinceYear ? gte(year, sql.placeholder('sinceYear')) : undefined,
    shape.partyCode ? eq(parties.code, sql.placeholder('partyCode')) : undefined,
  );
}

const contributionColumns = {
  id: contributions.id,
  year: contributions.year,
  kind: contributions.kind,
  amount: contributions.amount,
  currency: contributions.currency,
  date: contributions.date,
  note: contributions.note,
  partyCode: parties.code,
  partyName: parties.name,
  projectCode: projects.code,
};

export async function listContributions(filter: ContributionFilter & { limit: number; offset?: number }, ex: Executor = db) {
  const shape = contributionFilterShape(filter);
  const values = { ...filter, offset: filter.offset ?? 0 };
  const [page, [totals]] = await Promise.all([contributionPage(shape, ex).execute(values), contributionCount(shape, ex).execute(values)]);
  return { rows: page, total: totals?.total ?? 0 };
}
const contributionPage = preparedReadByShape('contribution_page', (ex, shape: ContributionFilterShape) =>
  ex
    .select(contributionColumns)
    .from(contributions)
    .innerJoin(parties, eq(contributions.partyId, parties.id))
    .leftJoin(projects, eq(contributions.projectId, projects.id))
    .where(yearAndParty(contributions.year, shape))
    .orderBy(desc(contributions.date), asc(parties.name), asc(contributions.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')),
);
const contributionCount = preparedReadByShape('contribution_count', (ex, shape: ContributionFilterShape) =>
  ex.select({ total: count() }).from(contributions).innerJoin(parties, eq(contributions.partyId, parties.id)).where(yearAndParty(contributions.year, shape)),
);

/** Pledged and paid, exact sums as text with two decimals ("0.30"): never floats. */
const pledgedAndPaid = {
  pledged: sql<string>`coalesce(sum(${contributionTotals.pledged}), 0)::numeric(18, 2)::text`,
  paid: sql<string>`coalesce(sum(${contributionTotals.paid}), 0)::numeric(18, 2)::text`,
};

// Totals read contribution_totals, which the database keeps per party, year, currency and fund (migration
// 0012): a page sums a few rows per year and party, however many contributions there are.

/** Pledged and paid per year and currency; currencies are never added together. */
export function contributionTotalsByYear(filter: ContributionFilter = {}, ex: Executor = db) {
  return totalsByYear(contributionFilterShape(filter), ex).execute(filter);
}
const totalsByYear = preparedReadByShape('contribution_totals_by_year', (ex, shape: ContributionFilterShape) =>
  ex
    .select({
      year: contributionTotals.year,
      currency: contributionTotals.currency,
      ...pledgedAndPaid,
    })
    .from(contributionTotals)
    .innerJoin(parties, eq(contributionTotals.partyId, parties.id))
    .where(yearAndParty(contributionTotals.year, shape))
    .groupBy(contributionTotals.year, contributionTotals.currency)
    .orderBy(asc(contributionTotals.year), asc(contributionTotals.currency)),
);

/** Pledged and paid per party and currency. */
export function contributionTotalsByParty(filter: ContributionFilter = {}, ex: Executor = db) {
  return totalsByParty(contributionFilterShape(filter), ex).execute(filter);
}
const totalsByParty = preparedReadByShape('contribution_totals_by_party', (ex, shape: ContributionFilterShape) =>
  ex
    .select({
      partyCode: parties.code,
      partyName: parties.name,
      currency: contributionTotals.currency,
      ...pledgedAndPaid,
    })
    .from(contributionTotals)
    .innerJoin(parties, eq(contributionTotals.partyId, parties.id))
    .where(yearAndParty(contributionTotals.year, shape))
    .groupBy(parties.code, parties.name, contributionTotals.currency)
    .orderBy(asc(parties.name), asc(contributionTotals.currency)),
);

/** The core fund (contributions earmarked for no project) in each currency: pledged, received, outstanding. */
export function coreFundPosition(ex: Executor = db) {
  return coreFund(ex).execute();
}
const corePledged = sql`coalesce(sum(${contributionTotals.pledged}), 0)`;
const coreReceived = sql`coalesce(sum(${contributionTotals.paid}), 0)`;
const coreFund = preparedRead('core_fund_position', (ex) =>
  ex
    .select({
      currency: contributionTotals.currency,
      pledged: sql<string>`${corePledged}::numeric(18, 2)::text`,
      received: sql<string>`${coreReceived}::numeric(18, 2)::text`,
      outstanding: sql<string>`greatest(${corePledged} - ${coreReceived}, 0)::numeric(18, 2)::text`,
    })
    .from(contributionTotals)
    .where(eq(contributionTotals.isCoreFund, true))
    .groupBy(contributionTotals.currency)
    .orderBy(asc(contributionTotals.currency)),
);

/** The years that have contributions, latest first: what the contributions page can be filtered by. */
export async function contributionYears(ex: Executor = db): Promise<number[]> {
  return (await yearsOnRecord(ex).execute()).map((row) => row.year);
}
const yearsOnRecord = preparedRead('contribution_years', (ex) =>
  ex.selectDistinct({ year: contributionTotals.year }).from(contributionTotals).orderBy(desc(contributionTotals.year)),
);

// ---------------------------------------------------------------------------------------------
// Dashboard

/** How many projects each area has in each status (areas without projects included). */
export function projectCountsByAreaAndStatus(ex: Executor = db) {
  return projectCounts(ex).execute();
}
const projectCounts = preparedRead('project_counts_by_area_and_status', (ex) =>
  ex
    .select({ areaCode: programmeAreas.code, areaName: programmeAreas.name, status: projects.status, count: count(projects.id) })
    .from(programmeAreas)
    .leftJoin(projects, eq(projects.areaId, programmeAreas.id))
    .groupBy(programmeAreas.code, programmeAreas.name, projects.status)
    .orderBy(asc(programmeAreas.name)),
);

/** Meetings a review can still be prepared for: not concluded, not cancelled; soonest first. */
export function listReviewableMeetings(ex: Executor = db) {
  return ex
    .select({ id: meetings.id, title: meetings.title, startDate: meetings.startDate })
    .from(meetings)
    .where(sql`${meetings.status} not in ('concluded', 'cancelled')`)
    .orderBy(asc(meetings.startDate))
    .limit(200);
}
