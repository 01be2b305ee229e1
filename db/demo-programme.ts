import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { NewProgrammeArea } from './schema';
import type { Tx } from './client';
import { insertDemoHistory, type DemoEvent } from './demo-history';
import { agendaItems, contributions, programmeAreas, projectPartners, projectReviews, projects, reviewComments, type NewContribution } from './schema';

/**
 * The five programme areas of NEASPEC, with descriptions: reference data every installation starts
 * with. The secretariat adds and retires areas afterwards in the app.
 */
export const programmeAreaSeed: NewProgrammeArea[] = [
  {
    code: 'air-pollution',
    name: 'Air pollution',
    description: 'Transboundary air pollution in North-East Asia: science-based policy dialogue and cooperation on clean air.',
  },
  {
    code: 'nature-conservation',
    name: 'Nature conservation and biodiversity',
    description: 'Conservation of flagship species (migratory birds, the Amur tiger and leopard, the snow leopard) and their habitats.',
  },
  {
    code: 'marine-protected-areas',
    name: 'Marine protected areas',
    description: 'A network of marine protected areas in the subregion: shared management practice and monitoring.',
  },
  {
    code: 'low-carbon-cities',
    name: 'Low-carbon cities',
    description: 'Cities sharing what works to cut emissions: plans, indicators and a platform for exchange.',
  },
  {
    code: 'desertification',
    name: 'Desertification and land degradation',
    description: 'Dust and sandstorms, land degradation and restoration in the drylands of the subregion.',
  },
];

type DemoProject = {
  code: string;
  title: string;
  area: string;
  lead: string;
  partners: string[];
  implementingPartners: string;
  startDate: string;
  endDate: string;
  budget: string;
  fundingSource: 'core_fund' | 'voluntary_contribution' | 'external';
  summary: string;
  expectedOutputs: string;
  review: { rating: 'on_track' | 'at_risk' | 'delayed' | 'completed'; progress: string; recommendation: string; decision: string };
};

const demoProjects: DemoProject[] = [
  {
    code: 'NEACAP',
    title: 'North-East Asia Clean Air Partnership',
    area: 'air-pollution',
    lead: 'KOR',
    partners: ['CHN', 'JPN', 'MNG', 'RUS'],
    implementingPartners: 'Science and Policy Committee; national research institutes',
    startDate: '2018-10-24',
    endDate: '2025-12-31',
    budget: '450000.00',
    fundingSource: 'voluntary_contribution',
    summary: 'An intergovernmental partnership for science-based policy cooperation on air pollution.',
    expectedOutputs: 'Technical reports on emission inventories; a work plan for 2021–2025; policy dialogues.',
    review: {
      rating: 'on_track',
      progress: 'The Science and Policy Committee met twice; the emission inventory report was completed.',
      recommendation: 'Endorse the work plan for the next period.',
      decision: 'The meeting endorsed the NEACAP work plan.',
    },
  },
  {
    code: 'NC-BIRDS',
    title: 'Conservation of migratory birds and their habitats',
    area: 'nature-conservation',
    lead: 'MNG',
    partners: ['CHN', 'KOR'],
    implementingPartners: 'National wetland authorities; BirdLife partners',
    startDate: '2020-01-01',
    endDate: '2024-12-31',
    budget: '180000.00',
    fundingSource: 'core_fund',
    summary: 'Surveys and protection of the habitats of cranes and other migratory birds along the flyway.',
    expectedOutputs: 'Habitat surveys; a flyway site network; training of site managers.',
    review: {
      rating: 'at_risk',
      progress: 'Two of four surveys took place; field work was delayed by travel restrictions.',
      recommendation: 'Extend the project by one year within the existing budget.',
      decision: 'The meeting agreed to extend the project to the end of 2025.',
    },
  },
  {
    code: 'NEAMPAN',
    title: 'North-East Asian Marine Protected Areas Network',
    area: 'marine-protected-areas',
    lead: 'CHN',
    partners: ['JPN', 'KOR', 'RUS'],
    implementingPartners: 'Site managers of the network',
    startDate: '2013-11-01',
    endDate: '2026-12-31',
    budget: '120000.00',
    fundingSource: 'core_fund',
    summary: 'A network of marine protected areas sharing management practice and monitoring.',
    expectedOutputs: 'Joint site assessments; a network report; a training workshop.',
    review: {
      rating: 'on_track',
      progress: 'Site assessments completed at eight sites; the network report is in preparation.',
      recommendation: 'Take note of progress and encourage new sites to join.',
      decision: 'The meeting took note of the progress and welcomed two new sites.',
    },
  },
  {
    code: 'NEA-LCC',
    title: 'North-East Asia Low Carbon City Platform',
    area: 'low-carbon-cities',
    lead: 'JPN',
    partners: ['CHN', 'KOR', 'MNG'],
    implementingPartners: 'Participating city governments',
    startDate: '2016-06-01',
    endDate: '2025-06-30',
    budget: '95000.00',
    fundingSource: 'voluntary_contribution',
    summary: 'A platform for cities to share low-carbon plans, indicators and practice.',
    expectedOutputs: 'A comparative study of city indicators; an annual city forum.',
    review: {
      rating: 'delayed',
      progress: 'The comparative study is delayed; the city forum was held online.',
      recommendation: 'Revise the timeline of the comparative study.',
      decision: 'The meeting requested a revised timeline for the next session.',
    },
  },
  {
    code: 'DLD-DSS',
    title: 'Dust and sandstorms and land degradation',
    area: 'desertification',
    lead: 'MNG',
    partners: ['CHN', 'KOR'],
    implementingPartners: 'National meteorological services',
    startDate: '2019-01-01',
    endDate: '2023-12-31',
    budget: '150000.00',
    fundingSource: 'external',
    summary: 'Monitoring and early warning of dust and sandstorms; restoration of degraded land.',
    expectedOutputs: 'A subregional assessment; pilot restoration sites.',
    review: {
      rating: 'completed',
      progress: 'The subregional assessment was published; pilot sites are under national management.',
      recommendation: 'Close the project and report its results.',
      decision: 'The meeting welcomed the results and closed the project.',
    },
  },
];

/**
 * Contributions of the member states, a pledge and its payment per year; one 2023 pledge still
 * outstanding. The 2015 and 2016 core-fund contributions are older than the dashboard's last ten years.
 */
const demoContributions: { party: string; year: number; amount: string; currency: string; paid: boolean; project?: string }[] = [
  { party: 'KOR', year: 2015, amount: '120000.00', currency: 'USD', paid: true },
  { party: 'CHN', year: 2016, amount: '90000.00', currency: 'USD', paid: true },
  { party: 'CHN', year: 2021, amount: '100000.00', currency: 'USD', paid: true },
  { party: 'JPN', year: 2021, amount: '80000.00', currency: 'USD', paid: true },
  { party: 'KOR', year: 2021, amount: '150000.00', currency: 'USD', paid: true },
  { party: 'RUS', year: 2021, amount: '50000.00', currency: 'USD', paid: true },
  { party: 'CHN', year: 2022, amount: '100000.00', currency: 'USD', paid: true },
  { party: 'JPN', year: 2022, amount: '9000000', currency: 'JPY', paid: true, project: 'NEA-LCC' },
  { party: 'KOR', year: 2022, amount: '150000.00', currency: 'USD', paid: true },
  { party: 'MNG', year: 2022, amount: '10000.00', currency: 'USD', paid: true },
  { party: 'CHN', year: 2023, amount: '100000.00', currency: 'USD', paid: true },
  { party: 'JPN', year: 2023, amount: '80000.00', currency: 'USD', paid: false },
  { party: 'KOR', year: 2023, amount: '200000000', currency: 'KRW', paid: true, project: 'NEACAP' },
  { party: 'RUS', year: 2023, amount: '50000.00', currency: 'USD', paid: true },
];

/**
 * The demo programme: a project per area, each reviewed at the 26th SOM (decided), and a few years
 * of contributions by the member states. Safe to run again: nothing is added once the projects exist.
 */
export async function insertDemoProgramme(
  tx: Tx,
  som26: { id: string },
  ids: { parties: Map<string, string>; secretariatUserId: string | null; chairUserId: string },
): Promise<void> {
  const existing = await tx.select({ id: projects.id }).from(projects).limit(1);
  if (existing.length > 0) return;
  const areas = new Map((await tx.select().from(programmeAreas)).map((a) => [a.code, a.id]));
  const party = (code: string) => {
    const id = ids.parties.get(code);
    if (!id) throw new Error(`seed: party ${code} missing`);
    return id;
  };
  const projectIds = new Map<string, string>();
  const decisions: DemoEvent[] = [];
  for (const demo of demoProjects) {
    const areaId = areas.get(demo.area);
    if (!areaId) throw new Error(`seed: programme area ${demo.area} missing (load the reference data first)`);
    const [project] = await tx
      .insert(projects)
      .values({
        code: demo.code,
        title: demo.title,
        areaId,
        leadPartyId: party(demo.lead),
        implementingPartners: demo.implementingPartners,
        startDate: demo.startDate,
        endDate: demo.endDate,
        budgetAmount: demo.budget,
        budgetCurrency: 'USD',
        fundingSource: demo.fundingSource,
        status: demo.review.rating === 'completed' ? 'completed' : 'ongoing',
        summary: demo.summary,
        expectedOutputs: demo.expectedOutputs,
      })
      .returning();
    projectIds.set(demo.code, project!.id);
    await tx.insert(projectPartners).values(demo.partners.map((code) => ({ projectId: project!.id, partyId: party(code) })));
    const [review] = await tx.insert(projectReviews).values({
      projectId: project!.id,
      meetingId: som26.id,
      progressSummary: demo.review.progress,
      rating: demo.review.rating,
      recommendation: demo.review.recommendation,
      commentDeadline: '2023-11-17',
      decision: demo.review.decision,
      decidedByUserId: ids.chairUserId,
      decidedAt: new Date('2023-11-24T16:00:00+09:00'),
      preparedByUserId: ids.secretariatUserId,
    }).returning();
    decisions.push({
      at: review!.decidedAt!.toISOString(),
      actorUserId: review!.decidedByUserId,
      action: 'review.decided',
      entityType: 'review',
      entityId: review!.id,
      change: { fields: { decision: { after: review!.decision } } },
    });
  }
  await insertDemoHistory(tx, decisions);
  const rows: NewContribution[] = [];
  for (const c of demoContributions) {
    const base = { partyId: party(c.party), year: c.year, amount: c.amount, currency: c.currency, projectId: c.project ? projectIds.get(c.project) : null, recordedByUserId: ids.secretariatUserId };
    rows.push({ ...base, kind: 'pledge', date: `${c.year}-02-15` });
    if (c.paid) rows.push({ ...base, kind: 'payment', date: `${c.year}-06-30` });
  }
  await tx.insert(contributions).values(rows);
}

/**
 * Puts each of the 26th SOM's demo reviews under the agenda's project-review item of its project's
 * area (db/demo-agenda.ts names those items after the areas). The agenda is seeded after the
 * programme, so this runs last; a review already linked is left as it is, so it runs again safely.
 */
export async function linkDemoReviewsToAgenda(tx: Tx, som26: { id: string }): Promise<void> {
  const links = await tx
    .select({ reviewId: projectReviews.id, agendaItemId: agendaItems.id })
    .from(projectReviews)
    .innerJoin(projects, eq(projectReviews.projectId, projects.id))
    .innerJoin(programmeAreas, eq(projects.areaId, programmeAreas.id))
    .innerJoin(
      agendaItems,
      and(eq(agendaItems.meetingId, projectReviews.meetingId), eq(agendaItems.kind, 'project_review'), eq(agendaItems.title, programmeAreas.name)),
    )
    .where(
      and(
        eq(projectReviews.meetingId, som26.id),
        isNull(projectReviews.agendaItemId),
        inArray(projects.code, demoProjects.map((p) => p.code)),
      ),
    );
  for (const link of links) {
    await tx.update(projectReviews).set({ agendaItemId: link.agendaItemId }).where(eq(projectReviews.id, link.reviewId));
  }
}

/** The 27th SOM's reviews, prepared ahead of it: open to delegations' comments and still to be decided. */
const som27Reviews = [
  {
    project: 'NEA-LCC',
    rating: 'at_risk',
    progressSummary:
      'Following the revised timeline the 26th session asked for, the comparative study of city indicators covers 12 of 18 cities; the 2026 city forum met in Ulaanbaatar.',
    recommendation: 'Complete the comparative study by September 2027 and extend the project to the end of 2027 within its budget.',
    comment: { party: 'JPN', author: 'delegate.jpn@neaspec.example', body: 'Japan, as lead country, will host the 2027 city forum and supports the extension.' },
  },
  {
    project: 'NEAMPAN',
    rating: 'on_track',
    progressSummary: 'Ten sites now take part; the network report was issued in 2025 and the training workshop held in Vladivostok in 2026.',
    recommendation: 'Take note of the progress and invite member states to propose sites for a second phase.',
    comment: null,
  },
] as const;

/**
 * Two reviews the secretariat prepared for the 27th SOM, one with Japan's comment, so the demo shows
 * reviews still open: delegates comment, staff correct them, the chair decides. Once only.
 */
export async function insertSom27Reviews(
  tx: Tx,
  som27: { id: string },
  ids: { parties: Map<string, string>; users: Map<string, string>; secretariatUserId: string | null },
): Promise<void> {
  if ((await tx.select({ id: projectReviews.id }).from(projectReviews).where(eq(projectReviews.meetingId, som27.id)).limit(1)).length > 0) return;
  const projectIds = new Map(
    (await tx.select({ id: projects.id, code: projects.code }).from(projects).where(inArray(projects.code, som27Reviews.map((r) => r.project)))).map((p) => [p.code, p.id]),
  );
  const events: DemoEvent[] = [];
  for (const demo of som27Reviews) {
    const projectId = projectIds.get(demo.project);
    if (!projectId) continue;
    const preparedAt = '2026-11-16T10:00:00+09:00';
    const [review] = await tx
      .insert(projectReviews)
      .values({
        projectId,
        meetingId: som27.id,
        progressSummary: demo.progressSummary,
        rating: demo.rating,
        recommendation: demo.recommendation,
        commentDeadline: '2027-03-05',
        preparedByUserId: ids.secretariatUserId,
        createdAt: new Date(preparedAt),
      })
      .returning();
    events.push({
      at: preparedAt,
      actorUserId: ids.secretariatUserId,
      action: 'review.prepared',
      entityType: 'review',
      entityId: review!.id,
      change: {
        fields: {
          projectId: { after: projectId },
          meetingId: { after: som27.id },
          progressSummary: { after: review!.progressSummary },
          rating: { after: review!.rating },
          recommendation: { after: review!.recommendation },
          commentDeadline: { after: review!.commentDeadline },
        },
      },
    });
    const comment = demo.comment;
    const partyId = comment ? ids.parties.get(comment.party) : undefined;
    if (comment && partyId) {
      const commentedAt = '2026-11-27T15:20:00+09:00';
      const authorUserId = ids.users.get(comment.author) ?? null;
      await tx.insert(reviewComments).values({ reviewId: review!.id, partyId, authorUserId, body: comment.body, createdAt: new Date(commentedAt) });
      events.push({
        at: commentedAt,
        actorUserId: authorUserId,
        action: 'review.commented',
        entityType: 'review',
        entityId: review!.id,
        change: { fields: { comment: { after: comment.body }, partyId: { after: partyId } } },
      });
    }
  }
  await insertDemoHistory(tx, events);
}
