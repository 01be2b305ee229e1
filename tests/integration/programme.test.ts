import { asc, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listAgendaItemsWithRecords } from '@/db/queries/agenda';
import { contributionTotalsByParty, contributionTotalsByYear, coreFundPosition } from '@/db/queries/programme';
import {
  agendaItems,
  auditEvents,
  contributions,
  meetings,
  parties,
  programmeAreas,
  projectPartners,
  projectReviews,
  projects,
  reviewComments,
  type Role,
} from '@/db/schema';
import { seedDatabase, seedReferenceData } from '@/db/seed';
import { getAgenda } from '@/lib/agenda/get-agenda';
import type { Actor } from '@/lib/permissions';
import { addAmounts } from '@/lib/programme/money';
import { changeProjectStatus } from '@/lib/programme/change-project-status';
import { commentOnReview } from '@/lib/programme/comment-on-review';
import { createArea } from '@/lib/programme/create-area';
import { createProject } from '@/lib/programme/create-project';
import { editReview } from '@/lib/programme/edit-review';
import { editReviewComment } from '@/lib/programme/edit-review-comment';
import { exportChartCsv, exportContributionsCsv, exportProjectsCsv } from '@/lib/programme/export-csv';
import { findContributions } from '@/lib/programme/find-contributions';
import { findProjects } from '@/lib/programme/find-projects';
import { getDashboard } from '@/lib/programme/get-dashboard';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { getProject } from '@/lib/programme/get-project';
import { getProjectForm } from '@/lib/programme/get-project-form';
import { getReviewFormOptions } from '@/lib/programme/get-programme-form-options';
import { prepareReview } from '@/lib/programme/prepare-review';
import { recordContribution } from '@/lib/programme/record-contribution';
import { removeContribution } from '@/lib/programme/remove-contribution';
import { recordReviewDecision } from '@/lib/programme/record-review-decision';
import { restoreArea } from '@/lib/programme/restore-area';
import { retireArea } from '@/lib/programme/retire-area';
import {
  createAreaSchema,
  createProjectSchema,
  dashboardSchema,
  editReviewSchema,
  prepareReviewSchema,
  recordContributionSchema,
  updateProjectSchema,
  type CreateProjectInput,
} from '@/lib/programme/schemas';
import { updateProject } from '@/lib/programme/update-project';
import * as factory from './factories';
import { refusal } from './refusal';

const otherRoles: Role[] = ['chair', 'delegate', 'observer'];

type Counted = typeof projects | typeof projectReviews | typeof reviewComments | typeof contributions | typeof programmeAreas | typeof auditEvents;
async function rowCount(table: Counted) {
  const [row] = await db.select({ n: count() }).from(table);
  return row!.n;
}

async function area(code = `area-${Math.random().toString(36).slice(2, 8)}`) {
  const [row] = await db.insert(programmeAreas).values({ code, name: `Area ${code}` }).returning();
  return row!;
}

async function projectInput(values: Record<string, unknown> = {}): Promise<CreateProjectInput> {
  const areaId = values.areaId ?? (await area()).id;
  return createProjectSchema.parse({
    code: `P-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Low-carbon city pilots',
    areaId,
    status: 'ongoing',
    leadPartyId: '',
    partnerPartyIds: [],
    implementingPartners: '',
    startDate: '2024-01-01',
    endDate: '2026-12-31',
    budgetAmount: '120000.50',
    budgetCurrency: 'USD',
    fundingSource: 'core_fund',
    summary: '',
    expectedOutputs: '',
    ...values,
  });
}

function reviewInput(projectId: string, meetingId: string, values: Record<string, unknown> = {}) {
  return prepareReviewSchema.parse({
    projectId,
    meetingId,
    progressSummary: 'Two pilots started; the third waits for funding.',
    rating: 'at_risk',
    recommendation: 'Seek voluntary contributions for the third pilot.',
    commentDeadline: '2030-01-09',
    ...values,
  });
}

/** A correction of `review` as its form would send it: what it says now, with `values` changed. */
function correctionOf(review: typeof projectReviews.$inferSelect, values: Record<string, unknown> = {}) {
  const { id, version, progressSummary, rating, recommendation, commentDeadline, agendaItemId } = review;
  return editReviewSchema.parse({ reviewId: id, version, progressSummary, rating, recommendation, commentDeadline, agendaItemId: agendaItemId ?? '', ...values });
}

async function reviewRow(id: string) {
  const [row] = await db.select().from(projectReviews).where(eq(projectReviews.id, id));
  return row;
}

/** A meeting's agenda: 1 Opening, 2 Review of projects (substantive), 2.1 Low-carbon cities (project review). */
async function agendaOf(meetingId: string) {
  const item = async (values: { title: string; position: number; kind: 'procedural' | 'substantive' | 'project_review'; parentId?: string }) => {
    const [row] = await db.insert(agendaItems).values({ meetingId, ...values }).returning();
    return row!;
  };
  await item({ title: 'Opening of the meeting', position: 0, kind: 'procedural' });
  const substantiveItem = await item({ title: 'Review of projects', position: 1, kind: 'substantive' });
  const reviewItem = await item({ title: 'Low-carbon cities', position: 0, kind: 'project_review', parentId: substantiveItem.id });
  return { substantiveItem, reviewItem };
}

/** A project with a review at a planned meeting (10-11 January 2030, Seoul) chaired by `chair`. */
async function reviewedProject(staff: Actor, chairUserId: string | null = null) {
  const project = await createProject({ actor: staff, input: await projectInput() });
  const meeting = await factory.createMeeting({ chairUserId });
  const review = await prepareReview({ actor: staff, input: reviewInput(project.id, meeting.id) });
  return { project, meeting, review };
}

describe('areas', () => {
  it('seeds the five areas with descriptions, once', async () => {
    await seedReferenceData();
    await seedReferenceData();
    const areas = await db.select().from(programmeAreas);
    expect(areas.map((a) => a.code).sort()).toEqual(['air-pollution', 'desertification', 'low-carbon-cities', 'marine-protected-areas', 'nature-conservation']);
    expect(areas.every((a) => (a.description?.length ?? 0) > 10)).toBe(true);
  });

  it('lets the secretariat add and retire an area; a retired area keeps its projects and takes no new one', async () => {
    const staff = await factory.createActor();
    const added = await createArea({ actor: staff, input: createAreaSchema.parse({ code: 'Chemicals', name: 'Chemicals and waste' }) });
    expect(added.code).toBe('chemicals');
    const project = await createProject({ actor: staff, input: await projectInput({ areaId: added.id }) });
    const retired = await retireArea({ actor: staff, input: { areaId: added.id } });
    expect(retired.retiredAt).not.toBeNull();
    const [kept] = await db.select().from(projects).where(eq(projects.id, project.id));
    expect(kept!.areaId).toBe(added.id);
    const error = await refusal(createProject({ actor: staff, input: await projectInput({ areaId: added.id }) }));
    expect(error.fieldErrors).toEqual({ areaId: 'areaRetired' });
    expect((await refusal(retireArea({ actor: staff, input: { areaId: added.id } }))).messageKey).toBe('areaRetiredAlready');
    const actions = (await db.select().from(auditEvents)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['area.created', 'area.retired']));
  });

  it('refuses a duplicate code as a field error', async () => {
    const staff = await factory.createActor();
    await createArea({ actor: staff, input: createAreaSchema.parse({ code: 'dup', name: 'One' }) });
    const error = await refusal(createArea({ actor: staff, input: createAreaSchema.parse({ code: 'dup', name: 'Two' }) }));
    expect(error.fieldErrors).toEqual({ code: 'areaCodeTaken' });
  });

  it('restores a retired area, which takes new projects again, and audits it', async () => {
    const staff = await factory.createActor();
    const retired = await retireArea({ actor: staff, input: { areaId: (await area()).id } });
    const restored = await restoreArea({ actor: staff, input: { areaId: retired.id } });
    expect(restored.retiredAt).toBeNull();
    await createProject({ actor: staff, input: await projectInput({ areaId: restored.id }) });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'area.restored')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ actorUserId: staff.id, entityType: 'area', entityId: restored.id });
    expect(event!.change).toEqual({ fields: { retiredAt: { before: retired.retiredAt!.toISOString(), after: null } } });
  });

  it('refuses restoring an active or unknown area, writing nothing', async () => {
    const staff = await factory.createActor();
    const active = await area();
    const events = await rowCount(auditEvents);
    expect((await refusal(restoreArea({ actor: staff, input: { areaId: active.id } }))).messageKey).toBe('areaActiveAlready');
    expect((await refusal(restoreArea({ actor: staff, input: { areaId: crypto.randomUUID() } }))).code).toBe('NOT_FOUND');
    expect(await rowCount(auditEvents)).toBe(events);
  });

  it.each(otherRoles)('refuses a %s restoring an area: it stays retired and nothing is written', async (role) => {
    const staff = await factory.createActor();
    const retired = await retireArea({ actor: staff, input: { areaId: (await area()).id } });
    const actor = await factory.createActor({ role });
    const events = await rowCount(auditEvents);
    expect((await refusal(restoreArea({ actor, input: { areaId: retired.id } }))).code).toBe('FORBIDDEN');
    const [still] = await db.select().from(programmeAreas).where(eq(programmeAreas.id, retired.id));
    expect(still!.retiredAt).toEqual(retired.retiredAt);
    expect(await rowCount(auditEvents)).toBe(events);
  });

  it.each(otherRoles)('refuses a %s adding or retiring an area, writing nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const existing = await area();
    const before = await rowCount(programmeAreas);
    expect((await refusal(createArea({ actor, input: createAreaSchema.parse({ code: 'x-area', name: 'X area' }) }))).code).toBe('FORBIDDEN');
    expect((await refusal(retireArea({ actor, input: { areaId: existing.id } }))).code).toBe('FORBIDDEN');
    expect(await rowCount(programmeAreas)).toBe(before);
    const [still] = await db.select().from(programmeAreas).where(eq(programmeAreas.id, existing.id));
    expect(still!.retiredAt).toBeNull();
  });
});

describe('projects', () => {
  it('creates a project with partners and an exact budget, and audits it', async () => {
    const staff = await factory.createActor();
    const [kor, jpn] = [await factory.createParty(), await factory.createParty()];
    const project = await createProject({
      actor: staff,
      input: await projectInput({ leadPartyId: kor!.id, partnerPartyIds: [jpn!.id], budgetAmount: '0.1' }),
    });
    expect(project).toMatchObject({ budgetAmount: '0.10', budgetCurrency: 'USD', status: 'ongoing', leadPartyId: kor!.id });
    const partners = await db.select().from(projectPartners).where(eq(projectPartners.projectId, project.id));
    expect(partners.map((p) => p.partyId)).toEqual([jpn!.id]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, project.id)).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ action: 'project.created', actorUserId: staff.id });
  });

  it('refuses a duplicate code, an unknown party, and (in the database too) a negative budget or an end before the start', async () => {
    const staff = await factory.createActor();
    const input = await projectInput();
    await createProject({ actor: staff, input });
    expect((await refusal(createProject({ actor: staff, input: { ...input, title: 'Again' } }))).fieldErrors).toEqual({ code: 'projectCodeTaken' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await refusal(createProject({ actor: staff, input: await projectInput({ leadPartyId: unknown }) }))).fieldErrors).toEqual({
      leadPartyId: 'partyInvalid',
    });
    const areaId = (await area()).id;
    await expect(
      db.insert(projects).values({ code: 'NEG', title: 'Negative', areaId, fundingSource: 'external', budgetAmount: '-1', budgetCurrency: 'USD' }),
    ).rejects.toThrow();
    await expect(
      db.insert(projects).values({ code: 'ORD', title: 'Order', areaId, fundingSource: 'external', startDate: '2025-02-01', endDate: '2025-01-01' }),
    ).rejects.toThrow();
  });

  it('edits a project, recording what changed, and refuses an edit over a newer version', async () => {
    const staff = await factory.createActor();
    const input = await projectInput();
    const project = await createProject({ actor: staff, input });
    const updated = await updateProject({ actor: staff, input: { ...input, projectId: project.id, version: project.version, title: 'Renamed' } });
    expect(updated).toMatchObject({ title: 'Renamed', version: 2 });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'project.updated')).orderBy(asc(auditEvents.id));
    expect(event!.change).toEqual({ fields: { title: { before: input.title, after: 'Renamed' } }, version: 2 });
    const stale = await refusal(updateProject({ actor: staff, input: { ...input, projectId: project.id, version: 1, title: 'Stale' } }));
    expect(stale.messageKey).toBe('projectChangedMeanwhile');
  });

  it("opens the edit form at the project's version with its values, keeping its retired area and party on offer; the form saves", async () => {
    const staff = await factory.createActor();
    const [lead, partner] = [await factory.createParty(), await factory.createParty()];
    const input = await projectInput({ leadPartyId: lead!.id, partnerPartyIds: [partner!.id], summary: 'Pilots in three districts.' });
    const project = await createProject({ actor: staff, input });
    await retireArea({ actor: staff, input: { areaId: project.areaId } });
    await db.update(parties).set({ retiredAt: new Date() }).where(eq(parties.id, lead!.id));
    const form = await getProjectForm({ actor: staff, input: { projectId: project.id } });
    expect(form.values).toMatchObject({
      projectId: project.id,
      version: 1,
      code: project.code,
      areaId: project.areaId,
      leadPartyId: lead!.id,
      partnerPartyIds: [partner!.id],
      budgetAmount: '120000.50',
      endDate: '2026-12-31',
      implementingPartners: '',
    });
    expect(form.areas.map((a) => a.id)).toContain(project.areaId);
    expect(form.parties.map((p) => p.id)).toEqual(expect.arrayContaining([lead!.id, partner!.id]));
    const saved = await updateProject({ actor: staff, input: updateProjectSchema.parse({ ...form.values, title: 'District heating pilots' }) });
    expect(saved).toMatchObject({ title: 'District heating pilots', areaId: project.areaId, leadPartyId: lead!.id, version: 2 });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'project.updated')).orderBy(asc(auditEvents.id));
    expect(event!.change).toEqual({ fields: { title: { before: input.title, after: 'District heating pilots' } }, version: 2 });
    expect((await getProject({ actor: staff, input: { projectId: project.id } })).can.edit).toBe(true);
  });

  it.each(otherRoles)('gives a %s no edit form and no edit link', async (role) => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput() });
    const actor = await factory.createActor({ role });
    expect((await refusal(getProjectForm({ actor, input: { projectId: project.id } }))).code).toBe('FORBIDDEN');
    expect((await getProject({ actor, input: { projectId: project.id } })).can.edit).toBe(false);
  });

  it('moves a project along its lifecycle and refuses steps outside it', async () => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput({ status: 'proposed' }) });
    expect((await refusal(changeProjectStatus({ actor: staff, input: { projectId: project.id, status: 'completed' } }))).messageKey).toBe(
      'transitionNotAllowed',
    );
    await changeProjectStatus({ actor: staff, input: { projectId: project.id, status: 'ongoing' } });
    const done = await changeProjectStatus({ actor: staff, input: { projectId: project.id, status: 'completed' } });
    expect(done.status).toBe('completed');
    expect((await refusal(changeProjectStatus({ actor: staff, input: { projectId: project.id, status: 'ongoing' } }))).messageKey).toBe(
      'projectCompleted',
    );
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'project.status_changed')).orderBy(asc(auditEvents.id));
    expect(events.map((e) => (e.change as { fields: { projectStatus: unknown } }).fields.projectStatus)).toEqual([
      { before: 'proposed', after: 'ongoing' },
      { before: 'ongoing', after: 'completed' },
    ]);
  });

  it.each(otherRoles)('refuses a %s creating, editing or moving a project, writing nothing', async (role) => {
    const staff = await factory.createActor();
    const input = await projectInput();
    const project = await createProject({ actor: staff, input });
    const actor = await factory.createActor({ role });
    const before = { projects: await rowCount(projects), events: await rowCount(auditEvents) };
    expect((await refusal(createProject({ actor, input: await projectInput() }))).code).toBe('FORBIDDEN');
    expect((await refusal(updateProject({ actor, input: { ...input, projectId: project.id, version: 1, title: 'Hijacked' } }))).code).toBe('FORBIDDEN');
    expect((await refusal(changeProjectStatus({ actor, input: { projectId: project.id, status: 'suspended' } }))).code).toBe('FORBIDDEN');
    expect(await rowCount(projects)).toBe(before.projects + 0);
    const [stored] = await db.select().from(projects).where(eq(projects.id, project.id));
    expect(stored).toMatchObject({ title: input.title, status: 'ongoing' });
  });

  it('lists projects filtered by area, status, party and a search, a page at a time; everyone reads them', async () => {
    const staff = await factory.createActor();
    const [lead, partner] = [await factory.createParty({ code: 'LDA' }), await factory.createParty({ code: 'PTA' })];
    const cities = await area('cities');
    await createProject({ actor: staff, input: await projectInput({ code: 'CITY-1', title: 'City platform', areaId: cities.id, leadPartyId: lead!.id }) });
    await createProject({ actor: staff, input: await projectInput({ code: 'CITY-2', title: 'City indicators', areaId: cities.id, partnerPartyIds: [partner!.id], status: 'proposed' }) });
    await createProject({ actor: staff, input: await projectInput({ code: 'AIR-1', title: 'Clean air' }) });
    const observer = await factory.createActor({ role: 'observer' });
    const find = async (input: Record<string, unknown>) => (await findProjects({ actor: observer, input: { page: 1, ...input } })).items.map((p) => p.code);
    expect(await find({})).toEqual(['AIR-1', 'CITY-1', 'CITY-2']);
    expect(await find({ area: 'cities' })).toEqual(['CITY-1', 'CITY-2']);
    expect(await find({ status: 'proposed' })).toEqual(['CITY-2']);
    expect(await find({ party: 'LDA' })).toEqual(['CITY-1']);
    expect(await find({ party: 'PTA' })).toEqual(['CITY-2']);
    expect(await find({ q: 'indicat' })).toEqual(['CITY-2']);
    expect(await find({ q: '100%' })).toEqual([]);
    const csv = await exportProjectsCsv({ actor: observer, input: { area: 'cities' } });
    expect(csv.split('\n')[0]).toContain('code,title,area');
    expect(csv).toContain('CITY-2,City indicators');
    expect(csv).toContain('PTA');
    expect(csv).not.toContain('AIR-1');
  });
});

describe('reviews', () => {
  it('prepares a review for an open meeting, lists it on the meeting and in the project timeline', async () => {
    const staff = await factory.createActor();
    const { project, meeting, review } = await reviewedProject(staff);
    expect(review).toMatchObject({ rating: 'at_risk', decision: null, commentDeadline: '2030-01-09' });
    const due = (await getMeeting({ actor: staff, input: { meetingId: meeting.id } })).reviews;
    expect(due).toEqual([expect.objectContaining({ id: review.id, projectCode: project.code, rating: 'at_risk' })]);
    const delegate = await factory.createActor({ role: 'delegate' });
    const page = await getProject({ actor: delegate, input: { projectId: project.id } });
    expect(page.reviews.map((r) => r.review.id)).toEqual([review.id]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.prepared')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ entityId: review.id, actorUserId: staff.id });
  });

  it('shows a project its reviews across meetings, oldest first', async () => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput() });
    const later = await factory.createMeeting({ startDate: '2031-03-01', endDate: '2031-03-02' });
    const earlier = await factory.createMeeting({ seriesId: later.seriesId, number: 2, startDate: '2030-01-10', endDate: '2030-01-11' });
    await prepareReview({ actor: staff, input: reviewInput(project.id, later.id, { commentDeadline: '2031-02-20', rating: 'on_track' }) });
    await prepareReview({ actor: staff, input: reviewInput(project.id, earlier.id) });
    const { reviews } = await getProject({ actor: staff, input: { projectId: project.id } });
    expect(reviews.map((r) => r.review.meetingId)).toEqual([earlier.id, later.id]);
  });

  it('refuses a review for a concluded or cancelled meeting, a second review of the project there, and a late deadline', async () => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput() });
    const concluded = await factory.createMeeting({ status: 'concluded' });
    expect((await refusal(prepareReview({ actor: staff, input: reviewInput(project.id, concluded.id) }))).messageKey).toBe('reviewMeetingClosed');
    const cancelled = await factory.createMeeting({ seriesId: concluded.seriesId, number: 2, status: 'cancelled', cancellationReason: 'Postponed' });
    expect((await refusal(prepareReview({ actor: staff, input: reviewInput(project.id, cancelled.id) }))).messageKey).toBe('reviewMeetingClosed');
    const open = await factory.createMeeting({ seriesId: concluded.seriesId, number: 3 });
    expect((await refusal(prepareReview({ actor: staff, input: reviewInput(project.id, open.id, { commentDeadline: '2030-02-01' }) }))).fieldErrors).toEqual({
      commentDeadline: 'deadlineAfterMeeting',
    });
    await prepareReview({ actor: staff, input: reviewInput(project.id, open.id) });
    expect((await refusal(prepareReview({ actor: staff, input: reviewInput(project.id, open.id) }))).fieldErrors).toEqual({ meetingId: 'reviewExists' });
    expect(await rowCount(projectReviews)).toBe(1);
  });

  it('refuses a "completed" rating for a proposed project', async () => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput({ status: 'proposed' }) });
    const meeting = await factory.createMeeting();
    const error = await refusal(prepareReview({ actor: staff, input: reviewInput(project.id, meeting.id, { rating: 'completed' }) }));
    expect(error.fieldErrors).toEqual({ rating: 'ratingNotAllowed' });
  });

  it("takes a review up under a project-review item of its meeting's agenda, shown by its number in the timeline, the meeting's list and the agenda", async () => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput() });
    const meeting = await factory.createMeeting();
    const { reviewItem } = await agendaOf(meeting.id);
    const options = await getReviewFormOptions({ actor: staff });
    expect(options.agendaItems.filter((item) => item.meetingId === meeting.id)).toEqual([
      { id: reviewItem.id, meetingId: meeting.id, number: '2.1', title: 'Low-carbon cities' },
    ]);
    const review = await prepareReview({ actor: staff, input: reviewInput(project.id, meeting.id, { agendaItemId: reviewItem.id }) });
    expect(review.agendaItemId).toBe(reviewItem.id);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.prepared')).orderBy(asc(auditEvents.id));
    expect((event!.change as { fields: Record<string, unknown> }).fields.agendaItemId).toEqual({ after: reviewItem.id });
    const linked = { id: reviewItem.id, meetingId: meeting.id, number: '2.1', title: 'Low-carbon cities' };
    const observer = await factory.createActor({ role: 'observer' });
    expect((await getProject({ actor: observer, input: { projectId: project.id } })).reviews[0]!.agendaItem).toEqual(linked);
    expect((await getMeeting({ actor: observer, input: { meetingId: meeting.id } })).reviews[0]!.agendaItem).toEqual(linked);
    const agenda = await getAgenda({ actor: observer, input: { meetingId: meeting.id } });
    expect(agenda.items.map((item) => [item.number, item.reviews.map((r) => r.projectCode)])).toEqual([
      ['1', []],
      ['2', []],
      ['2.1', [project.code]],
    ]);
    // Read only for a reader who may see the programme.
    const withoutReviews = await listAgendaItemsWithRecords(meeting.id, { withReviews: false });
    expect(withoutReviews.map((item) => item.reviews)).toEqual([[], [], []]);
    // The link is optional, and goes when its item is removed from the agenda; the review stays.
    const unlinked = await prepareReview({ actor: staff, input: reviewInput((await createProject({ actor: staff, input: await projectInput() })).id, meeting.id) });
    expect(unlinked.agendaItemId).toBeNull();
    await db.delete(agendaItems).where(eq(agendaItems.id, reviewItem.id));
    const [kept] = await db.select().from(projectReviews).where(eq(projectReviews.id, review.id));
    expect(kept!.agendaItemId).toBeNull();
  });

  it("refuses an agenda item of another meeting, of another kind, or unknown, as a field error; nothing is written", async () => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput() });
    const meeting = await factory.createMeeting();
    const other = await factory.createMeeting({ seriesId: meeting.seriesId, number: meeting.number + 1 });
    const own = await agendaOf(meeting.id);
    const elsewhere = await agendaOf(other.id);
    const before = { reviews: await rowCount(projectReviews), events: await rowCount(auditEvents) };
    const refused = async (agendaItemId: string) =>
      (await refusal(prepareReview({ actor: staff, input: reviewInput(project.id, meeting.id, { agendaItemId }) }))).fieldErrors;
    expect(await refused(elsewhere.reviewItem.id)).toEqual({ agendaItemId: 'agendaItemOtherMeeting' });
    expect(await refused(own.substantiveItem.id)).toEqual({ agendaItemId: 'agendaItemNotProjectReview' });
    expect(await refused(crypto.randomUUID())).toEqual({ agendaItemId: 'agendaItemInvalid' });
    expect(prepareReviewSchema.safeParse({ ...reviewInput(project.id, meeting.id), agendaItemId: 'item 2.1' }).error?.issues[0]?.message).toBe(
      'agendaItemInvalid',
    );
    expect({ reviews: await rowCount(projectReviews), events: await rowCount(auditEvents) }).toEqual(before);
  });

  it.each(otherRoles)('refuses a %s preparing a review, writing nothing', async (role) => {
    const staff = await factory.createActor();
    const project = await createProject({ actor: staff, input: await projectInput() });
    const meeting = await factory.createMeeting();
    const actor = await factory.createActor({ role });
    expect((await refusal(prepareReview({ actor, input: reviewInput(project.id, meeting.id) }))).code).toBe('FORBIDDEN');
    expect(await rowCount(projectReviews)).toBe(0);
  });

  it("takes a member state delegate's comment until the end of the deadline day in the meeting's zone", async () => {
    const staff = await factory.createActor();
    const { project, review } = await reviewedProject(staff);
    const japan = await factory.createParty({ code: 'JPX', kind: 'member_state' });
    const delegate = await factory.createActor({ role: 'delegate', partyId: japan!.id });
    // 23:30 in Seoul on the deadline day (14:30 UTC): still open.
    const comment = await commentOnReview({ actor: delegate, input: { reviewId: review.id, body: 'Japan supports the recommendation.' }, now: new Date('2030-01-09T14:30:00Z') });
    expect(comment).toMatchObject({ partyId: japan!.id, authorUserId: delegate.id });
    // 00:30 in Seoul the next day: closed.
    const late = await refusal(commentOnReview({ actor: delegate, input: { reviewId: review.id, body: 'Too late.' }, now: new Date('2030-01-09T15:30:00Z') }));
    expect(late).toMatchObject({ code: 'INVALID_STATE', messageKey: 'commentsClosed' });
    expect(await rowCount(reviewComments)).toBe(1);
    const page = await getProject({ actor: delegate, input: { projectId: project.id }, now: new Date('2030-01-01T00:00:00Z') });
    expect(page.reviews[0]!.comments.map((c) => c.body)).toEqual(['Japan supports the recommendation.']);
    // Japan has commented: it changes that comment, and adds no second one.
    expect(page.reviews[0]!.can).toEqual({ edit: false, comment: false, decide: false });
    expect(page.reviews[0]!.comments[0]!.can).toEqual({ edit: true });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.commented')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ entityId: review.id, actorUserId: delegate.id });
  });

  it('takes one comment from a member state: a colleague is sent to change it, and two sent at once make one', async () => {
    const staff = await factory.createActor();
    const { review } = await reviewedProject(staff);
    const japan = await factory.createParty({ code: 'JPX', kind: 'member_state' });
    const korea = await factory.createParty({ code: 'KRX', kind: 'member_state' });
    const [author, colleague] = [await factory.createActor({ role: 'delegate', partyId: japan!.id }), await factory.createActor({ role: 'delegate', partyId: japan!.id })];
    const open = new Date('2030-01-09T14:30:00Z');
    const send = (actor: Actor, body: string) => commentOnReview({ actor, input: { reviewId: review.id, body }, now: open });
    await send(author, 'Japan supports the recommendation.');
    const [commentsBefore, eventsBefore] = [await rowCount(reviewComments), await rowCount(auditEvents)];
    expect(await refusal(send(colleague, 'Japan also notes the budget.'))).toMatchObject({ code: 'CONFLICT', messageKey: 'commentAlreadyMade' });
    expect([await rowCount(reviewComments), await rowCount(auditEvents)]).toEqual([commentsBefore, eventsBefore]);
    // Two Korean delegates at the same moment: one comment, one refusal.
    const koreans = [await factory.createActor({ role: 'delegate', partyId: korea!.id }), await factory.createActor({ role: 'delegate', partyId: korea!.id })];
    const results = await Promise.allSettled(koreans.map((actor, index) => send(actor, `Korea's view, as written by delegate ${index + 1}.`)));
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { messageKey: 'commentAlreadyMade' } });
    expect(await rowCount(reviewComments)).toBe(commentsBefore + 1);
  });

  it("lets the delegation change its comment until comments close; readers see it changed, the audit log from what", async () => {
    const staff = await factory.createActor();
    const { project, review } = await reviewedProject(staff);
    const japan = await factory.createParty({ code: 'JPX', kind: 'member_state' });
    const author = await factory.createActor({ role: 'delegate', partyId: japan!.id });
    const colleague = await factory.createActor({ role: 'delegate', partyId: japan!.id });
    const open = new Date('2030-01-09T14:30:00Z');
    const comment = await commentOnReview({ actor: author, input: { reviewId: review.id, body: 'Japan suports the recomendation.' }, now: open });
    const page = async (actor: Actor) => getProject({ actor, input: { projectId: project.id }, now: open });
    expect((await page(colleague)).reviews[0]!.comments[0]!.can).toEqual({ edit: true });
    for (const role of otherRoles) expect((await page(await factory.createActor({ role }))).reviews[0]!.comments[0]!.can).toEqual({ edit: false });

    // A colleague of the same delegation fixes the typos; the comment stays the author's.
    const input = { commentId: comment.id, version: comment.version, body: 'Japan supports the recommendation.' };
    const changed = await editReviewComment({ actor: colleague, input, now: open });
    expect(changed).toMatchObject({ id: comment.id, body: input.body, authorUserId: author.id, partyId: japan!.id, version: 2 });
    expect(changed.editedAt).toBeInstanceOf(Date);
    expect((await page(staff)).reviews[0]!.comments[0]).toMatchObject({ body: input.body, editedAt: changed.editedAt });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.comment_changed')).orderBy(asc(auditEvents.id));
    expect(events).toEqual([expect.objectContaining({ entityType: 'review', entityId: review.id, actorUserId: colleague.id })]);
    expect((events[0]!.change as { fields: Record<string, unknown> }).fields).toMatchObject({
      comment: { before: 'Japan suports the recomendation.', after: input.body },
    });

    // The author's form still shows the first version: refused, the colleague's words kept.
    const stale = await refusal(editReviewComment({ actor: author, input: { ...input, body: 'Japan has no comment.' }, now: open }));
    expect(stale).toMatchObject({ code: 'CONFLICT', messageKey: 'commentChangedMeanwhile' });
    // Saved unchanged, nothing is written.
    expect(await editReviewComment({ actor: author, input: { ...input, version: 2 }, now: open })).toEqual(changed);
    // Once the deadline day has ended in the meeting's zone, the words are the record.
    const late = new Date('2030-01-09T15:30:00Z');
    expect((await refusal(editReviewComment({ actor: author, input: { ...input, version: 2, body: 'Later.' }, now: late }))).messageKey).toBe('commentsClosed');
    expect((await getProject({ actor: author, input: { projectId: project.id }, now: late })).reviews[0]!.comments[0]!.can).toEqual({ edit: false });
    expect(await db.select().from(reviewComments)).toEqual([changed]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.comment_changed')).orderBy(asc(auditEvents.id))).toHaveLength(1);
  });

  it("refuses another member state's delegate, every other role and a change after the decision; nothing is written", async () => {
    const staff = await factory.createActor();
    const { review } = await reviewedProject(staff);
    const japan = await factory.createParty({ code: 'JPX', kind: 'member_state' });
    const korea = await factory.createParty({ code: 'KRX', kind: 'member_state' });
    const open = new Date('2030-01-01T00:00:00Z');
    const comment = await commentOnReview({ actor: await factory.createActor({ role: 'delegate', partyId: japan!.id }), input: { reviewId: review.id, body: 'Japan agrees.' }, now: open });
    const input = { commentId: comment.id, version: comment.version, body: 'Japan objects.' };
    const events = await rowCount(auditEvents);
    const korean = await factory.createActor({ role: 'delegate', partyId: korea!.id });
    expect(await refusal(editReviewComment({ actor: korean, input, now: open }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'commentOtherParty' });
    // Staff, the chair and an observer are refused, even with Japan as their party.
    for (const role of ['secretariat', 'chair', 'observer'] as const) {
      expect((await refusal(editReviewComment({ actor: await factory.createActor({ role, partyId: japan!.id }), input, now: open }))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(editReviewComment({ actor: korean, input: { ...input, commentId: crypto.randomUUID() }, now: open }))).code).toBe('NOT_FOUND');
    await recordReviewDecision({ actor: staff, input: { reviewId: review.id, decision: 'Noted.' } });
    const japanese = await factory.createActor({ role: 'delegate', partyId: japan!.id });
    expect((await refusal(editReviewComment({ actor: japanese, input, now: open }))).messageKey).toBe('commentsClosed');
    expect(await db.select().from(reviewComments)).toEqual([comment]);
    expect(await rowCount(auditEvents)).toBe(events + 1);
  });

  it('refuses comments by an organization, an observer, staff, a chair, and after the decision; nothing is written', async () => {
    const staff = await factory.createActor();
    const chairUser = await factory.createUser({ role: 'chair' });
    const { review } = await reviewedProject(staff, chairUser.id);
    const organization = await factory.createParty({ kind: 'organization' });
    const early = new Date('2030-01-01T00:00:00Z');
    const actors = [
      await factory.createActor({ role: 'delegate', partyId: organization!.id }),
      await factory.createActor({ role: 'observer', partyId: organization!.id }),
      staff,
      { id: chairUser.id, name: chairUser.name, email: chairUser.email, role: chairUser.role, partyId: chairUser.partyId },
    ];
    for (const actor of actors) {
      expect((await refusal(commentOnReview({ actor, input: { reviewId: review.id, body: 'A comment' }, now: early }))).code).toBe('FORBIDDEN');
    }
    await recordReviewDecision({ actor: staff, input: { reviewId: review.id, decision: 'Noted.' } });
    const delegate = await factory.createActor({ role: 'delegate' });
    expect((await refusal(commentOnReview({ actor: delegate, input: { reviewId: review.id, body: 'After' }, now: early }))).messageKey).toBe(
      'commentsClosed',
    );
    expect(await rowCount(reviewComments)).toBe(0);
  });

  it("records the meeting's decision by its chair once, and refuses another chair or a delegate", async () => {
    const staff = await factory.createActor();
    const chairUser = await factory.createUser({ role: 'chair' });
    const chair: Actor = { id: chairUser.id, name: chairUser.name, email: chairUser.email, role: 'chair', partyId: null };
    const { review } = await reviewedProject(staff, chairUser.id);
    const otherChair = await factory.createActor({ role: 'chair' });
    const delegate = await factory.createActor({ role: 'delegate' });
    for (const actor of [otherChair, delegate, await factory.createActor({ role: 'observer' })]) {
      expect((await refusal(recordReviewDecision({ actor, input: { reviewId: review.id, decision: 'Hijacked' } }))).code).toBe('FORBIDDEN');
    }
    const [untouched] = await db.select().from(projectReviews).where(eq(projectReviews.id, review.id));
    expect(untouched!.decision).toBeNull();
    const decided = await recordReviewDecision({ actor: chair, input: { reviewId: review.id, decision: 'The meeting extended the project by a year.' } });
    expect(decided).toMatchObject({ decidedByUserId: chair.id, decision: 'The meeting extended the project by a year.' });
    expect(decided.decidedAt).not.toBeNull();
    expect((await refusal(recordReviewDecision({ actor: staff, input: { reviewId: review.id, decision: 'Again' } }))).messageKey).toBe('decisionRecorded');
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.decided')).orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(1);
  });

  it('lets staff correct an undecided review; the timeline shows the correction and the audit log what changed', async () => {
    const staff = await factory.createActor();
    const { project, meeting, review } = await reviewedProject(staff);
    const { reviewItem } = await agendaOf(meeting.id);
    const page = async (actor: Actor) => getProject({ actor, input: { projectId: project.id }, now: new Date('2030-01-01T00:00:00Z') });
    expect((await page(staff)).reviews[0]!.can.edit).toBe(true);
    for (const role of otherRoles) expect((await page(await factory.createActor({ role }))).reviews[0]!.can.edit).toBe(false);

    const corrected = await editReview({
      actor: staff,
      input: correctionOf(review, { rating: 'delayed', commentDeadline: '2030-01-10', agendaItemId: reviewItem.id }),
    });
    expect(corrected).toMatchObject({ id: review.id, rating: 'delayed', commentDeadline: '2030-01-10', agendaItemId: reviewItem.id, progressSummary: review.progressSummary });
    expect((await page(staff)).reviews[0]!.review).toMatchObject({ rating: 'delayed', agendaItemId: reviewItem.id });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.changed')).orderBy(asc(auditEvents.id));
    expect(events).toEqual([expect.objectContaining({ entityType: 'review', entityId: review.id, actorUserId: staff.id })]);
    expect((events[0]!.change as { fields: Record<string, unknown> }).fields).toEqual({
      rating: { before: 'at_risk', after: 'delayed' },
      commentDeadline: { before: '2030-01-09', after: '2030-01-10' },
      agendaItemId: { before: null, after: reviewItem.id },
    });
    // Delegations see that it was corrected (the audit log, what); saving it unchanged changes nothing.
    expect(review.correctedAt).toBeNull();
    expect(corrected.correctedAt).toBeInstanceOf(Date);
    expect((await page(await factory.createActor({ role: 'delegate' }))).reviews[0]!.review.correctedAt).toEqual(corrected.correctedAt);
    await editReview({ actor: staff, input: correctionOf(corrected) });
    expect(await reviewRow(review.id)).toEqual(corrected);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.changed')).orderBy(asc(auditEvents.id))).toHaveLength(1);
  });

  it("refuses a correction made over a colleague's, keeping theirs", async () => {
    const staff = await factory.createActor();
    const colleague = await factory.createActor();
    const { review } = await reviewedProject(staff);
    // Both opened the form on the same review; the colleague saved first.
    const theirs = await editReview({ actor: colleague, input: correctionOf(review, { rating: 'delayed' }) });
    expect(theirs.version).toBe(review.version + 1);
    const stale = await refusal(editReview({ actor: staff, input: correctionOf(review, { recommendation: 'Close the project early.' }) }));
    expect(stale).toMatchObject({ code: 'CONFLICT', messageKey: 'reviewChangedMeanwhile' });
    expect(await reviewRow(review.id)).toEqual(theirs);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'review.changed')).orderBy(asc(auditEvents.id))).toHaveLength(1);
    // Reloaded, the correction goes through on the colleague's.
    const mine = await editReview({ actor: staff, input: correctionOf(theirs, { recommendation: 'Close the project early.' }) });
    expect(mine).toMatchObject({ rating: 'delayed', recommendation: 'Close the project early.', version: review.version + 2 });
  });

  it('refuses a correction after the decision, at a concluded or cancelled meeting, or saying what a review may not; nothing is written', async () => {
    const staff = await factory.createActor();
    const { project, meeting, review } = await reviewedProject(staff);
    const other = await agendaOf((await factory.createMeeting({ seriesId: meeting.seriesId, number: meeting.number + 1 })).id);
    await db.update(projects).set({ status: 'proposed' }).where(eq(projects.id, project.id));
    const before = { review: await reviewRow(review.id), events: await rowCount(auditEvents) };
    const refused = async (values: Record<string, unknown>) => refusal(editReview({ actor: staff, input: correctionOf(review, values) }));
    expect((await refused({ commentDeadline: '2030-01-12' })).fieldErrors).toEqual({ commentDeadline: 'deadlineAfterMeeting' });
    expect((await refused({ rating: 'completed' })).fieldErrors).toEqual({ rating: 'ratingNotAllowed' });
    expect((await refused({ agendaItemId: other.reviewItem.id })).fieldErrors).toEqual({ agendaItemId: 'agendaItemOtherMeeting' });
    expect((await refusal(editReview({ actor: staff, input: { ...correctionOf(review), reviewId: crypto.randomUUID() } }))).code).toBe('NOT_FOUND');
    for (const status of ['concluded', 'cancelled'] as const) {
      await db.update(meetings).set({ status, cancellationReason: status === 'cancelled' ? 'Postponed' : null }).where(eq(meetings.id, meeting.id));
      expect((await refused({ rating: 'delayed' })).messageKey).toBe('reviewMeetingEnded');
    }
    await db.update(meetings).set({ status: 'in_session', cancellationReason: null }).where(eq(meetings.id, meeting.id));
    await recordReviewDecision({ actor: staff, input: { reviewId: review.id, decision: 'Noted.' } });
    expect((await refused({ rating: 'delayed' })).messageKey).toBe('reviewDecided');
    expect((await getProject({ actor: staff, input: { projectId: project.id } })).reviews[0]!.can.edit).toBe(false);
    expect({ ...(await reviewRow(review.id)), decision: null, decidedAt: null, decidedByUserId: null }).toEqual(before.review);
    expect(await rowCount(auditEvents)).toBe(before.events + 1);
  });

  it.each(otherRoles)('refuses a %s correcting a review, writing nothing', async (role) => {
    const staff = await factory.createActor();
    const { review } = await reviewedProject(staff);
    const actor = await factory.createActor({ role });
    const events = await rowCount(auditEvents);
    expect((await refusal(editReview({ actor, input: correctionOf(review, { rating: 'on_track' }) }))).code).toBe('FORBIDDEN');
    expect(await reviewRow(review.id)).toEqual(review);
    expect(await rowCount(auditEvents)).toBe(events);
  });

  it('refuses a decision on a cancelled meeting', async () => {
    const staff = await factory.createActor();
    const { meeting, review } = await reviewedProject(staff);
    await db.update(meetings).set({ status: 'cancelled', cancellationReason: 'Postponed' }).where(eq(meetings.id, meeting.id));
    expect((await refusal(recordReviewDecision({ actor: staff, input: { reviewId: review.id, decision: 'Noted' } }))).messageKey).toBe(
      'meetingCancelledNoDecision',
    );
  });
});

describe('contributions', () => {
  async function record(actor: Actor, partyId: string, values: Record<string, unknown>) {
    return recordContribution({
      actor,
      input: recordContributionSchema.parse({ partyId, year: 2025, kind: 'pledge', currency: 'USD', date: '2025-02-01', projectId: '', amount: '1', ...values }),
    });
  }

  it('records pledges and payments exactly: 0.1 and 0.2 make 0.30, per currency, in SQL as in the rows', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty({ code: 'KRX' });
    await record(staff, party!.id, { amount: '0.1' });
    await record(staff, party!.id, { amount: '0.2' });
    await record(staff, party!.id, { amount: '0.05', kind: 'payment' });
    await record(staff, party!.id, { amount: '1000000', currency: 'krw' });
    await record(staff, party!.id, { amount: '333.33', year: 2024, currency: 'CNY', kind: 'payment' });
    const byYear = await contributionTotalsByYear();
    expect(byYear).toEqual([
      { year: 2024, currency: 'CNY', pledged: '0.00', paid: '333.33' },
      { year: 2025, currency: 'KRW', pledged: '1000000.00', paid: '0.00' },
      { year: 2025, currency: 'USD', pledged: '0.30', paid: '0.05' },
    ]);
    // The SQL totals are the exact sums of the rows, currency by currency.
    const rows = await db.select().from(contributions);
    for (const total of await contributionTotalsByParty()) {
      const mine = rows.filter((r) => r.currency === total.currency);
      expect(total.pledged).toBe(addAmounts('0', ...mine.filter((r) => r.kind === 'pledge').map((r) => r.amount)));
      expect(total.paid).toBe(addAmounts('0', ...mine.filter((r) => r.kind === 'payment').map((r) => r.amount)));
    }
    const [usd] = (await coreFundPosition()).filter((p) => p.currency === 'USD');
    expect(usd).toEqual({ currency: 'USD', pledged: '0.30', received: '0.05', outstanding: '0.25' });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'contribution.recorded')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ entityType: 'contribution', actorUserId: staff.id });
  });

  it('removes a contribution recorded by mistake: it leaves the totals, the audit log keeps it', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty({ code: 'RMV' });
    const wrong = await record(staff, party!.id, { amount: '1000' });
    await record(staff, party!.id, { amount: '100' });
    expect((await coreFundPosition())[0]).toMatchObject({ pledged: '1100.00' });
    expect(await removeContribution({ actor: staff, input: { contributionId: wrong.id } })).toMatchObject({ id: wrong.id });
    expect((await coreFundPosition())[0]).toMatchObject({ pledged: '100.00' });
    expect(await contributionTotalsByYear()).toEqual([{ year: 2025, currency: 'USD', pledged: '100.00', paid: '0.00' }]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'contribution.removed')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ entityId: wrong.id, actorUserId: staff.id });
    expect(event!.change).toMatchObject({ fields: { amount: { before: '1000.00' }, partyId: { before: party!.id }, contributionKind: { before: 'pledge' } } });
    expect((await refusal(removeContribution({ actor: staff, input: { contributionId: wrong.id } }))).code).toBe('NOT_FOUND');
  });

  it.each(['chair', 'delegate', 'observer'] as const)('refuses a %s removing a contribution, writing nothing', async (role) => {
    const staff = await factory.createActor();
    const party = await factory.createParty();
    const pledge = await record(staff, party!.id, { amount: '10' });
    const actor = await factory.createActor({ role, partyId: role === 'chair' ? null : party!.id });
    const events = await db.select().from(auditEvents);
    expect((await refusal(removeContribution({ actor, input: { contributionId: pledge.id } }))).code).toBe('FORBIDDEN');
    expect(await db.select().from(contributions)).toHaveLength(1);
    expect(await db.select().from(auditEvents)).toEqual(events);
  });

  it('keeps earmarked contributions out of the core fund', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty();
    const project = await createProject({ actor: staff, input: await projectInput() });
    await record(staff, party!.id, { amount: '500', projectId: project.id });
    await record(staff, party!.id, { amount: '200' });
    expect(await coreFundPosition()).toEqual([{ currency: 'USD', pledged: '200.00', received: '0.00', outstanding: '200.00' }]);
  });

  it('charts the last ten years on the dashboard unless every year is asked for; the core fund counts every year', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty({ code: 'OLD' });
    const thisYear = new Date().getUTCFullYear();
    for (const [year, amount] of [[thisYear - 10, '7'], [thisYear - 9, '5'], [thisYear + 1, '3']] as const) {
      await record(staff, party!.id, { year, amount, date: `${year}-02-01` });
    }
    const recent = await getDashboard({ actor: staff, input: dashboardSchema.parse({}) });
    expect(recent.byYear.map((r) => r.year)).toEqual([thisYear - 9, thisYear + 1]);
    expect(recent.byParty).toEqual([expect.objectContaining({ partyCode: 'OLD', pledged: '8.00' })]);
    const all = await getDashboard({ actor: staff, input: dashboardSchema.parse({ years: 'all' }) });
    expect(all.byYear.map((r) => r.year)).toEqual([thisYear - 10, thisYear - 9, thisYear + 1]);
    expect(all.byParty).toEqual([expect.objectContaining({ partyCode: 'OLD', pledged: '15.00' })]);
    expect(recent.coreFund).toEqual([expect.objectContaining({ currency: 'USD', pledged: '15.00' })]);
    expect(all.coreFund).toEqual(recent.coreFund);
    // The CSV of a chart holds what the chart shows for the same period; an unknown period is the recent one.
    const csvOf = (chart: string, years?: string) => exportChartCsv({ actor: staff, input: { ...dashboardSchema.parse({ years }), chart } });
    expect(await csvOf('contributions-by-year')).not.toContain(`${thisYear - 10},USD`);
    expect(await csvOf('contributions-by-year', 'all')).toContain(`${thisYear - 10},USD,7.00,0.00`);
    expect(await csvOf('contributions-by-party', 'junk')).toContain('OLD,USD,8.00,0.00');
  });

  it('keeps the totals in step however contributions are written: corrected, moved or removed in SQL, or emptied', async () => {
    const staff = await factory.createActor();
    const [a, b] = [await factory.createParty({ code: 'AAT' }), await factory.createParty({ code: 'BBT' })];
    const project = await createProject({ actor: staff, input: await projectInput() });
    await record(staff, a!.id, { amount: '100' });
    await record(staff, a!.id, { amount: '40', kind: 'payment' });
    await record(staff, b!.id, { amount: '7.25', projectId: project.id });
    const [pledge] = await db.select().from(contributions).where(eq(contributions.amount, '100.00'));
    // Corrected amount, moved to another year and party, then earmarked: each step leaves the sums of the rows.
    await db.update(contributions).set({ amount: '90.10' }).where(eq(contributions.id, pledge!.id));
    await db.update(contributions).set({ year: 2024, partyId: b!.id }).where(eq(contributions.id, pledge!.id));
    await db.update(contributions).set({ projectId: project.id }).where(eq(contributions.id, pledge!.id));
    await db.delete(contributions).where(eq(contributions.kind, 'payment'));
    const rows = await db.select().from(contributions);
    const sums = (filter: (r: (typeof rows)[number]) => boolean) => ({
      pledged: addAmounts('0', ...rows.filter((r) => filter(r) && r.kind === 'pledge').map((r) => r.amount)),
      paid: addAmounts('0', ...rows.filter((r) => filter(r) && r.kind === 'payment').map((r) => r.amount)),
    });
    expect(await contributionTotalsByYear()).toEqual([
      { year: 2024, currency: 'USD', ...sums((r) => r.year === 2024) },
      { year: 2025, currency: 'USD', ...sums((r) => r.year === 2025) },
    ]);
    expect((await contributionTotalsByYear())[0]).toMatchObject({ pledged: '90.10', paid: '0.00' });
    // Nothing is left of party A's contributions, so it has no row (not a row of zeros), and the core fund is empty.
    expect(await contributionTotalsByParty()).toEqual([{ partyCode: 'BBT', partyName: b!.name, currency: 'USD', pledged: '97.35', paid: '0.00' }]);
    expect(await coreFundPosition()).toEqual([]);
    await db.execute(sql`truncate table contributions`);
    expect(await contributionTotalsByParty()).toEqual([]);
  });

  it('refuses negative, zero and malformed amounts and unknown currencies (the form and the database both)', async () => {
    const base = { partyId: '00000000-0000-4000-8000-000000000001', year: 2025, kind: 'pledge', currency: 'USD', date: '2025-02-01', projectId: '' };
    expect(recordContributionSchema.safeParse({ ...base, amount: '-5' }).error?.issues[0]?.message).toBe('amountNegative');
    expect(recordContributionSchema.safeParse({ ...base, amount: '1.001' }).error?.issues[0]?.message).toBe('amountInvalid');
    expect(recordContributionSchema.safeParse({ ...base, amount: '10', currency: 'ZZZ' }).error?.issues[0]?.message).toBe('currencyInvalid');
    expect(recordContributionSchema.safeParse({ ...base, amount: '1000.55', currency: 'KRW' }).error?.issues[0]).toMatchObject({ path: ['amount'], message: 'amountDecimals' });
    expect(recordContributionSchema.parse({ ...base, amount: '1,250,000', currency: 'KRW' }).amount).toBe('1250000.00');
    const party = await factory.createParty();
    await expect(db.insert(contributions).values({ ...base, partyId: party!.id, kind: 'pledge', projectId: null, amount: '-1' })).rejects.toThrow();
    await expect(db.insert(contributions).values({ ...base, partyId: party!.id, kind: 'pledge', projectId: null, amount: '1', currency: 'usd' })).rejects.toThrow();
    expect(await rowCount(contributions)).toBe(0);
  });

  it('refuses an unknown party or project', async () => {
    const staff = await factory.createActor();
    const party = await factory.createParty();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await refusal(record(staff, unknown, {}))).fieldErrors).toEqual({ partyId: 'partyInvalid' });
    expect((await refusal(record(staff, party!.id, { projectId: unknown }))).fieldErrors).toEqual({ projectId: 'projectInvalid' });
    expect(await rowCount(contributions)).toBe(0);
  });

  it.each(otherRoles)('refuses a %s recording a contribution, writing nothing', async (role) => {
    const actor = await factory.createActor({ role });
    const party = await factory.createParty();
    expect((await refusal(record(actor, party!.id, {}))).code).toBe('FORBIDDEN');
    expect(await rowCount(contributions)).toBe(0);
  });

  it('lists, filters and exports contributions for any reader', async () => {
    const staff = await factory.createActor();
    const [a, b] = [await factory.createParty({ code: 'AAX' }), await factory.createParty({ code: 'BBX' })];
    await record(staff, a!.id, { amount: '10.5' });
    await record(staff, b!.id, { amount: '20', year: 2024 });
    const observer = await factory.createActor({ role: 'observer' });
    const all = await findContributions({ actor: observer, input: { page: 1 } });
    expect(all.total).toBe(2);
    const filtered = await findContributions({ actor: observer, input: { page: 1, party: 'AAX' } });
    expect(filtered.items.map((c) => c.amount)).toEqual(['10.50']);
    // The year filter offers every year on record, however long ago, whatever else is filtered.
    await record(staff, b!.id, { amount: '5', year: 2009, date: '2009-03-01' });
    expect((await findContributions({ actor: observer, input: { page: 1, year: 2024 } })).years).toEqual([2025, 2024, 2009]);
    expect(filtered.byParty).toEqual([expect.objectContaining({ partyCode: 'AAX', pledged: '10.50' })]);
    const csv = await exportContributionsCsv({ actor: observer, input: { year: 2024 } });
    expect(csv).toContain('BBX,pledge,20.00,USD');
    expect(csv).not.toContain('AAX');
  });
});

describe('dashboard and demo', () => {
  it('counts projects by area and status and exports each chart as CSV', async () => {
    await seedDatabase({ demo: true });
    const delegate = await factory.createActor({ role: 'delegate' });
    const dashboard = await getDashboard({ actor: delegate, input: { years: 'all' } });
    expect(dashboard.projectsByArea).toHaveLength(5);
    const total = dashboard.projectsByArea.reduce((sum, row) => sum + row.proposed + row.ongoing + row.completed + row.suspended, 0);
    const [{ n }] = (await db.select({ n: count() }).from(projects)) as [{ n: number }];
    expect(total).toBe(n);
    const csv = await exportChartCsv({ actor: delegate, input: { years: 'recent', chart: 'projects-by-area' } });
    expect(csv.split('\n')[0]).toBe('area,proposed,ongoing,completed,suspended');
    expect(csv).toContain('Low-carbon cities,0,1,0,0');
    expect((await refusal(exportChartCsv({ actor: delegate, input: { years: 'recent', chart: 'nothing' } }))).code).toBe('NOT_FOUND');
    const byYearCsv = await exportChartCsv({ actor: delegate, input: { years: 'all', chart: 'contributions-by-year' } });
    expect(byYearCsv).toContain('2015,USD,120000.00,120000.00');
    expect(byYearCsv).toContain('2023,USD,');
  });

  it('seeds a project per area, each reviewed and decided at the 26th SOM, and contributions, once', async () => {
    await seedDatabase({ demo: true });
    await seedDatabase({ demo: true });
    const rows = await db
      .select({ code: projects.code, area: programmeAreas.code })
      .from(projects)
      .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.area)).size).toBe(5);
    expect(rows.map((r) => r.code)).toContain('NEACAP');
    const [som26] = await db.select().from(meetings).where(eq(meetings.number, 26));
    const reviews = await db.select().from(projectReviews).where(eq(projectReviews.meetingId, som26!.id));
    expect(reviews).toHaveLength(5);
    expect(reviews.every((r) => r.decision !== null)).toBe(true);
    // Each under the agenda's project-review item of its area (3.1 to 3.5), linked once.
    const links = await db
      .select({ area: programmeAreas.name, item: agendaItems.title, kind: agendaItems.kind })
      .from(projectReviews)
      .innerJoin(projects, eq(projectReviews.projectId, projects.id))
      .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id))
      .innerJoin(agendaItems, eq(projectReviews.agendaItemId, agendaItems.id))
      .where(eq(projectReviews.meetingId, som26!.id));
    expect(links).toHaveLength(5);
    expect(links.every((link) => link.item === link.area && link.kind === 'project_review')).toBe(true);
    const staff = await factory.createActor();
    const neacap = (await getMeeting({ actor: staff, input: { meetingId: som26!.id } })).reviews.find((r) => r.projectCode === 'NEACAP');
    expect(neacap!.agendaItem).toMatchObject({ number: '3.1', title: 'Air pollution' });
    const [{ n }] = (await db.select({ n: sql<number>`count(distinct ${contributions.partyId})::int` }).from(contributions)) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(4);
    const memberStates = await db.select().from(parties).where(eq(parties.kind, 'member_state'));
    expect(memberStates.length).toBe(6);
  });
});
