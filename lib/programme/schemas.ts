import { z } from 'zod';
import { pageNumberSchema } from '../pagination';
import { idSchema, optionalId, optionalText, requiredText } from '../schemas';
import { fitsCurrency, isAmount, isCurrency, normalizeAmount, ungroupAmount } from './money';
import { contributionKinds, dashboardPeriods, fundingSources, projectStatuses, reviewRatings } from './values';

const isoDate = z.iso.date({ error: 'dateInvalid' });
const optionalDate = z
  .union([z.literal(''), z.null(), isoDate], { error: 'dateInvalid' })
  .transform((value) => value || null);

/**
 * An amount as typed: digits with at most two decimals, thousands grouped with commas or not, never
 * negative, kept as an exact string.
 */
const amountText = z
  .string({ error: 'amountInvalid' })
  .trim()
  .transform(ungroupAmount)
  .refine((value) => !value.startsWith('-'), { error: 'amountNegative' })
  .refine(isAmount, { error: 'amountInvalid' });

const currency = z
  .string({ error: 'currencyInvalid' })
  .trim()
  .toUpperCase()
  .refine(isCurrency, { error: 'currencyInvalid' });

export const createAreaSchema = z.object({
  code: z
    .string({ error: 'areaCodeInvalid' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{2,40}$/, { error: 'areaCodeInvalid' }),
  name: requiredText(3, 200, 'nameRequired'),
  description: optionalText(2000),
});
export type CreateAreaInput = z.output<typeof createAreaSchema>;

export const retireAreaSchema = z.object({ areaId: idSchema });
export type RetireAreaInput = z.output<typeof retireAreaSchema>;

export const restoreAreaSchema = z.object({ areaId: idSchema });
export type RestoreAreaInput = z.output<typeof restoreAreaSchema>;

const projectFields = z.object({
  code: z
    .string({ error: 'projectCodeInvalid' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { error: 'projectCodeInvalid' }),
  title: requiredText(3, 300, 'titleRequired'),
  areaId: z.uuid({ error: 'areaInvalid' }),
  leadPartyId: optionalId('partyInvalid'),
  partnerPartyIds: z.array(z.uuid({ error: 'partyInvalid' }), { error: 'partyInvalid' }).max(50).default([]),
  implementingPartners: optionalText(1000),
  startDate: optionalDate,
  endDate: optionalDate,
  budgetAmount: z
    .union([z.literal(''), z.null(), amountText], { error: 'amountInvalid' })
    .transform((value) => (value ? normalizeAmount(value) : null)),
  budgetCurrency: z
    .union([z.literal(''), z.null(), currency], { error: 'currencyInvalid' })
    .transform((value) => value || null),
  fundingSource: z.enum(fundingSources, { error: 'fundingSourceInvalid' }),
  summary: optionalText(5000),
  expectedOutputs: optionalText(5000),
});

type ProjectFields = z.output<typeof projectFields>;

function withProjectRules<S extends z.ZodType<ProjectFields>>(schema: S) {
  return schema
    .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, { error: 'endBeforeStart', path: ['endDate'] })
    .refine((p) => !p.leadPartyId || !p.partnerPartyIds.includes(p.leadPartyId), { error: 'leadAlsoPartner', path: ['partnerPartyIds'] })
    .refine((p) => !p.budgetAmount || p.budgetCurrency, { error: 'currencyRequired', path: ['budgetCurrency'] })
    .refine((p) => !p.budgetCurrency || p.budgetAmount, { error: 'amountRequired', path: ['budgetAmount'] })
    .refine((p) => !p.budgetAmount || !p.budgetCurrency || fitsCurrency(p.budgetAmount, p.budgetCurrency), { error: 'amountDecimals', path: ['budgetAmount'] });
}

export const createProjectSchema = withProjectRules(projectFields.extend({ status: z.enum(projectStatuses, { error: 'statusInvalid' }).default('proposed') }));
export type CreateProjectInput = z.output<typeof createProjectSchema>;

export const updateProjectSchema = withProjectRules(projectFields.extend({ projectId: idSchema, version: z.coerce.number().int().positive() }));
export type UpdateProjectInput = z.output<typeof updateProjectSchema>;

export const removeContributionSchema = z.object({ contributionId: idSchema });
export type RemoveContributionInput = z.output<typeof removeContributionSchema>;

export const changeProjectStatusSchema = z.object({
  projectId: idSchema,
  status: z.enum(projectStatuses, { error: 'statusInvalid' }),
});
export type ChangeProjectStatusInput = z.output<typeof changeProjectStatusSchema>;

/** What the secretariat writes in a review, the same to prepare one and to correct it. */
const reviewFields = z.object({
  progressSummary: requiredText(10, 10000, 'progressSummaryRequired'),
  rating: z.enum(reviewRatings, { error: 'ratingInvalid' }),
  recommendation: requiredText(5, 5000, 'recommendationRequired'),
  commentDeadline: isoDate,
  agendaItemId: optionalId('agendaItemInvalid').default(null),
});
export type ReviewFieldsInput = z.output<typeof reviewFields>;

export const prepareReviewSchema = reviewFields.extend({
  projectId: z.uuid({ error: 'projectInvalid' }),
  meetingId: z.uuid({ error: 'meetingInvalid' }),
});
export type PrepareReviewInput = z.output<typeof prepareReviewSchema>;

export const editReviewSchema = reviewFields.extend({ reviewId: idSchema, version: z.coerce.number().int().positive() });
export type EditReviewInput = z.output<typeof editReviewSchema>;

export const commentOnReviewSchema = z.object({
  reviewId: idSchema,
  body: requiredText(2, 5000, 'commentRequired'),
});
export type CommentOnReviewInput = z.output<typeof commentOnReviewSchema>;

export const editReviewCommentSchema = z.object({
  commentId: idSchema,
  version: z.coerce.number().int().positive(),
  body: requiredText(2, 5000, 'commentRequired'),
});
export type EditReviewCommentInput = z.output<typeof editReviewCommentSchema>;

export const recordDecisionSchema = z.object({
  reviewId: idSchema,
  decision: requiredText(3, 5000, 'decisionRequired'),
});
export type RecordDecisionInput = z.output<typeof recordDecisionSchema>;

export const recordContributionSchema = z
  .object({
    partyId: z.uuid({ error: 'partyInvalid' }),
    year: z.coerce.number({ error: 'yearInvalid' }).int({ error: 'yearInvalid' }).min(1990, { error: 'yearInvalid' }).max(2200, { error: 'yearInvalid' }),
    kind: z.enum(contributionKinds, { error: 'contributionKindInvalid' }),
    amount: amountText
      .transform(normalizeAmount)
      .refine((value) => value !== '0.00', { error: 'amountNotPositive' }),
    currency,
    date: isoDate,
    projectId: optionalId('projectInvalid'),
    note: optionalText(1000),
  })
  .refine((c) => fitsCurrency(c.amount, c.currency), { error: 'amountDecimals', path: ['amount'] });
export type RecordContributionInput = z.output<typeof recordContributionSchema>;

export const findProjectsSchema = z.object({
  page: pageNumberSchema,
  q: z.string().trim().max(100).optional().catch(undefined),
  area: z.string().trim().max(40).optional().catch(undefined),
  status: z.enum(projectStatuses).optional().catch(undefined),
  party: z.string().trim().max(20).optional().catch(undefined),
});
export type FindProjectsInput = z.output<typeof findProjectsSchema>;

export const findContributionsSchema = z.object({
  page: pageNumberSchema,
  year: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
  party: z.string().trim().max(20).optional().catch(undefined),
});
export type FindContributionsInput = z.output<typeof findContributionsSchema>;

export const dashboardSchema = z.object({
  years: z.enum(dashboardPeriods).catch('recent'),
});
export type DashboardInput = z.output<typeof dashboardSchema>;
