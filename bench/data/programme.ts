import { randomUUID } from 'node:crypto';
import type { NewContribution, NewProject, NewProjectReview, Party } from '@/db/schema';
import type { ProjectStatus, ReviewRating } from '@/lib/programme/values';
import { addDays } from '@/lib/time-zones';
import type { GeneratedMeeting } from './meetings';
import type { Random } from './random';

export type GeneratedProject = Required<
  Pick<
    NewProject,
    | 'id' | 'code' | 'title' | 'areaId' | 'leadPartyId' | 'implementingPartners' | 'startDate' | 'endDate' | 'budgetAmount'
    | 'budgetCurrency' | 'fundingSource' | 'status' | 'summary' | 'expectedOutputs' | 'createdAt' | 'updatedAt'
  >
>;
export type GeneratedPartner = { projectId: string; partyId: string };
export type GeneratedReview = Required<
  Pick<
    NewProjectReview,
    | 'id' | 'projectId' | 'meetingId' | 'progressSummary' | 'rating' | 'recommendation' | 'commentDeadline' | 'decision'
    | 'decidedByUserId' | 'decidedAt' | 'preparedByUserId' | 'createdAt'
  >
>;
export type GeneratedContribution = Required<
  Pick<NewContribution, 'id' | 'partyId' | 'year' | 'kind' | 'amount' | 'currency' | 'date' | 'projectId' | 'note' | 'recordedByUserId' | 'createdAt'>
>;

const subjects = ['monitoring network', 'capacity building', 'policy dialogue', 'pilot sites', 'assessment report', 'training programme', 'data platform'];
const places = ['transboundary', 'coastal', 'urban', 'dryland', 'wetland', 'mountain'];
const statuses: ProjectStatus[] = ['ongoing', 'ongoing', 'ongoing', 'completed', 'completed', 'proposed', 'suspended'];
const ratings: ReviewRating[] = ['on_track', 'on_track', 'at_risk', 'delayed', 'completed'];
const currencies = ['USD', 'USD', 'USD', 'KRW', 'JPY', 'CNY'];

const amount = (random: Random, min: number, max: number) => `${random.integer(min, max)}.${String(random.integer(0, 99)).padStart(2, '0')}`;

/**
 * The programme at `count` projects: each in an area, led by a member state with a few partners,
 * reviewed at one to three of the concluded meetings (decided), and two pledges with their payments
 * per project from the member states, in a few currencies.
 */
export function generateProgramme(context: {
  random: Random;
  count: number;
  areaIds: string[];
  parties: Pick<Party, 'id' | 'kind'>[];
  meetings: GeneratedMeeting[];
  staffIds: string[];
}): { projects: GeneratedProject[]; partners: GeneratedPartner[]; reviews: GeneratedReview[]; contributions: GeneratedContribution[] } {
  const { random, count, areaIds, meetings, staffIds } = context;
  const states = context.parties.filter((p) => p.kind === 'member_state').map((p) => p.id);
  const concluded = meetings.filter((m) => m.status === 'concluded');
  const projects: GeneratedProject[] = [];
  const partners: GeneratedPartner[] = [];
  const reviews: GeneratedReview[] = [];
  const contributions: GeneratedContribution[] = [];
  for (let n = 1; n <= count; n += 1) {
    const startYear = random.integer(2000, 2026);
    const startDate = `${startYear}-${String(random.integer(1, 12)).padStart(2, '0')}-01`;
    const lead = random.pick(states);
    const createdAt = new Date(`${startDate}T00:00:00Z`);
    const project: GeneratedProject = {
      id: randomUUID(),
      code: `BP-${String(n).padStart(6, '0')}`,
      title: `${random.pick(places)} ${random.pick(subjects)} ${n}`.replace(/^./, (c) => c.toUpperCase()),
      areaId: random.pick(areaIds),
      leadPartyId: lead,
      implementingPartners: 'National agencies and research institutes',
      startDate,
      endDate: addDays(startDate, random.integer(365, 365 * 6)),
      budgetAmount: amount(random, 10_000, 900_000),
      budgetCurrency: 'USD',
      fundingSource: random.pick(['core_fund', 'voluntary_contribution', 'external'] as const),
      status: random.pick(statuses),
      summary: 'A benchmark project.',
      expectedOutputs: 'Reports and workshops.',
      createdAt,
      updatedAt: createdAt,
    };
    projects.push(project);
    for (const partyId of new Set(Array.from({ length: random.integer(1, 3) }, () => random.pick(states)))) {
      if (partyId !== lead) partners.push({ projectId: project.id, partyId });
    }
    const reviewedAt = new Set<GeneratedMeeting>();
    for (let r = random.integer(1, 3); r > 0 && concluded.length > 0; r -= 1) reviewedAt.add(random.pick(concluded));
    for (const meeting of reviewedAt) {
      const rating = random.pick(ratings);
      reviews.push({
        id: randomUUID(),
        projectId: project.id,
        meetingId: meeting.id,
        progressSummary: 'Progress as planned in most activities.',
        rating,
        recommendation: 'Take note of the progress.',
        commentDeadline: addDays(meeting.startDate, -7),
        decision: 'The meeting took note of the progress.',
        decidedByUserId: meeting.chairUserId,
        decidedAt: new Date(`${meeting.endDate}T08:00:00Z`),
        preparedByUserId: staffIds.length > 0 ? random.pick(staffIds) : null,
        createdAt: new Date(`${addDays(meeting.startDate, -30)}T00:00:00Z`),
      });
    }
    for (let c = 0; c < 2; c += 1) {
      const year = random.integer(2000, 2026);
      const base = {
        partyId: random.pick(states),
        year,
        amount: amount(random, 1_000, 200_000),
        currency: random.pick(currencies),
        projectId: random.chance(0.3) ? project.id : null,
        note: null,
        recordedByUserId: staffIds.length > 0 ? random.pick(staffIds) : null,
      };
      contributions.push({ ...base, id: randomUUID(), kind: 'pledge', date: `${year}-02-15`, createdAt: new Date(`${year}-02-15T00:00:00Z`) });
      if (random.chance(0.8)) contributions.push({ ...base, id: randomUUID(), kind: 'payment', date: `${year}-06-30`, createdAt: new Date(`${year}-06-30T00:00:00Z`) });
    }
  }
  return { projects, partners, reviews, contributions };
}
