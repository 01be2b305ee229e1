import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import {
  addAmounts,
  compareAmounts,
  fitsCurrency,
  formatAmount,
  isAmount,
  isCurrency,
  minorDigits,
  normalizeAmount,
  subtractAmounts,
  totalsByCurrency,
  ungroupAmount,
} from '@/lib/programme/money';
import { pivotProjectCounts } from '@/lib/programme/get-dashboard';
import {
  acceptsReviews,
  assertProjectTransition,
  canTransitionProject,
  firstYearShown,
  commentEditRefusal,
  isCommentOpen,
  newCommentRefusal,
  isRatingAllowed,
  projectTransitions,
  ratingTone,
  reviewEditRefusal,
} from '@/lib/programme/rules';
import {
  createProjectSchema,
  dashboardSchema,
  editReviewCommentSchema,
  editReviewSchema,
  prepareReviewSchema,
  recordContributionSchema,
  updateProjectSchema,
} from '@/lib/programme/schemas';
import { projectStatuses, reviewRatings, type ProjectStatus } from '@/lib/programme/values';

describe('money arithmetic', () => {
  it('adds exactly: pledges of 0.1 and 0.2 sum to 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addAmounts('0.1', '0.2')).toBe('0.30');
    expect(compareAmounts(addAmounts('0.1', '0.2'), '0.3')).toBe(0);
  });

  it('keeps large amounts exact, beyond what a float holds', () => {
    expect(addAmounts('9999999999999999.99', '0.01')).toBe('10000000000000000.00');
    expect(subtractAmounts('100.00', '250.50')).toBe('-150.50');
    expect(normalizeAmount('12.5')).toBe('12.50');
  });

  it('totals by currency, never across currencies', () => {
    const totals = totalsByCurrency([
      { amount: '0.1', currency: 'USD' },
      { amount: '0.2', currency: 'USD' },
      { amount: '1000', currency: 'JPY' },
      { amount: '500', currency: 'KRW' },
    ]);
    expect(totals).toEqual({ USD: '0.30', JPY: '1000.00', KRW: '500.00' });
  });

  it('accepts only non-negative amounts with at most two decimals', () => {
    for (const good of ['0', '12', '12.5', '12.50', '1250000.99']) expect(isAmount(good)).toBe(true);
    for (const bad of ['-1', '1.234', '1e5', '12,50', '', 'abc', '.5', 'NaN']) expect(isAmount(bad)).toBe(false);
  });

  it('knows ISO 4217 currencies and refuses made-up ones', () => {
    for (const code of ['USD', 'KRW', 'JPY', 'CNY', 'MNT', 'RUB', 'EUR']) expect(isCurrency(code)).toBe(true);
    for (const code of ['XXXX', 'usd', 'ABC', '']) expect(isCurrency(code)).toBe(false);
  });

  it("formats amounts exactly, grouped by thousands, in the currency's own decimals, with the currency", () => {
    expect(formatAmount('1234567.5', 'USD')).toBe('1,234,567.50 USD');
    expect(formatAmount('200000000.00', 'KRW')).toBe('200,000,000 KRW');
    expect(formatAmount('-9000000', 'JPY')).toBe('-9,000,000 JPY');
    // Decimals a currency does not have are shown where an amount has them, never rounded away.
    expect(formatAmount('0.3', 'JPY')).toBe('0.30 JPY');
  });

  it("knows each currency's decimals, and reads amounts typed with their thousands grouped", () => {
    expect([minorDigits('USD'), minorDigits('KRW'), minorDigits('JPY'), minorDigits('MNT')]).toEqual([2, 0, 0, 2]);
    expect([fitsCurrency('1000000', 'KRW'), fitsCurrency('1000000.00', 'KRW'), fitsCurrency('1000000.55', 'KRW'), fitsCurrency('12.55', 'USD')]).toEqual([true, true, false, true]);
    expect(['1,250,000.50', '1,250', '1250', '12,50', '1,25,000', ',100'].map(ungroupAmount)).toEqual(['1250000.50', '1250', '1250', '12,50', '1,25,000', ',100']);
  });
});

describe('project status rules', () => {
  it('allows exactly the transitions of the table', () => {
    for (const from of projectStatuses) {
      for (const to of projectStatuses) {
        expect(canTransitionProject(from, to)).toBe(projectTransitions[from].includes(to));
      }
    }
    expect(projectTransitions.completed).toEqual([]);
  });

  it('refuses a step to the same status, from completed, or outside the table, saying why', () => {
    const keyOf = (from: ProjectStatus, to: ProjectStatus) => {
      try {
        assertProjectTransition(from, to);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).messageKey;
      }
    };
    expect(keyOf('ongoing', 'ongoing')).toBe('transitionSameStatus');
    expect(keyOf('completed', 'ongoing')).toBe('projectCompleted');
    expect(keyOf('proposed', 'completed')).toBe('transitionNotAllowed');
    expect(keyOf('proposed', 'ongoing')).toBeNull();
  });
});

describe('review rules', () => {
  it('rates a project completed only when its work ran', () => {
    expect(isRatingAllowed('completed', 'ongoing')).toBe(true);
    expect(isRatingAllowed('completed', 'completed')).toBe(true);
    expect(isRatingAllowed('completed', 'proposed')).toBe(false);
    expect(isRatingAllowed('completed', 'suspended')).toBe(false);
    for (const rating of reviewRatings.filter((r) => r !== 'completed')) {
      for (const status of projectStatuses) expect(isRatingAllowed(rating, status)).toBe(true);
    }
  });

  it('gives each rating a tone', () => {
    expect(reviewRatings.map(ratingTone)).toEqual(['success', 'warning', 'danger', 'brand']);
  });

  it('keeps comments open through the deadline day and until a decision', () => {
    const review = { commentDeadline: '2030-01-09', decidedAt: null };
    expect(isCommentOpen(review, '2030-01-08')).toBe(true);
    expect(isCommentOpen(review, '2030-01-09')).toBe(true);
    expect(isCommentOpen(review, '2030-01-10')).toBe(false);
    expect(isCommentOpen({ ...review, decidedAt: new Date() }, '2030-01-08')).toBe(false);
  });

  it('takes one comment from each member state, while comments are open', () => {
    const review = { commentDeadline: '2030-01-09', decidedAt: null };
    const keyOf = (partyId: string, commented: string[], today = '2030-01-09', decidedAt: Date | null = null) =>
      newCommentRefusal({ ...review, decidedAt }, partyId, commented, today)?.messageKey ?? null;
    expect(keyOf('jpn', [])).toBeNull();
    expect(keyOf('jpn', ['kor'])).toBeNull();
    expect(keyOf('jpn', ['kor', 'jpn'])).toBe('commentAlreadyMade');
    expect(newCommentRefusal(review, 'jpn', ['jpn'], '2030-01-09')?.code).toBe('CONFLICT');
    expect(keyOf('jpn', [], '2030-01-10')).toBe('commentsClosed');
    expect(keyOf('jpn', [], '2030-01-08', new Date())).toBe('commentsClosed');
  });

  it("lets a delegation change only its own comment, while comments are open", () => {
    const review = { commentDeadline: '2030-01-09', decidedAt: null };
    const keyOf = (partyId: string | null, today: string, decidedAt: Date | null = null) =>
      commentEditRefusal({ partyId: 'jpn' }, { ...review, decidedAt }, partyId, today)?.messageKey ?? null;
    expect(keyOf('jpn', '2030-01-09')).toBeNull();
    expect(keyOf('kor', '2030-01-09')).toBe('commentOtherParty');
    expect(keyOf(null, '2030-01-09')).toBe('commentOtherParty');
    expect(keyOf('jpn', '2030-01-10')).toBe('commentsClosed');
    expect(keyOf('jpn', '2030-01-08', new Date())).toBe('commentsClosed');
    // Another party's comment is refused as such, open or not.
    expect(keyOf('kor', '2030-01-10')).toBe('commentOtherParty');
    expect(commentEditRefusal({ partyId: 'jpn' }, review, 'kor', '2030-01-09')?.code).toBe('FORBIDDEN');
  });

  it('lets a review be corrected until the meeting decides on it, ends or is called off', () => {
    const keyOf = (decidedAt: Date | null, status: string) => reviewEditRefusal({ decidedAt }, status)?.messageKey ?? null;
    for (const status of ['planned', 'registration_open', 'registration_closed', 'in_session']) expect(keyOf(null, status)).toBeNull();
    expect(keyOf(new Date(), 'in_session')).toBe('reviewDecided');
    expect(keyOf(null, 'concluded')).toBe('reviewMeetingEnded');
    expect(keyOf(null, 'cancelled')).toBe('reviewMeetingEnded');
    // A decision is named first: it is why a concluded meeting's decided review is a record.
    expect(keyOf(new Date(), 'concluded')).toBe('reviewDecided');
    expect(reviewEditRefusal({ decidedAt: new Date() }, 'planned')).toBeInstanceOf(AppError);
  });

  it('takes reviews for meetings that have not concluded or been cancelled', () => {
    expect(['planned', 'registration_open', 'registration_closed', 'in_session'].every(acceptsReviews)).toBe(true);
    expect(acceptsReviews('concluded')).toBe(false);
    expect(acceptsReviews('cancelled')).toBe(false);
  });
});

describe('programme schemas', () => {
  const project = {
    code: 'lcc-1',
    title: 'Low-carbon city pilots',
    areaId: '00000000-0000-4000-8000-000000000001',
    leadPartyId: '',
    partnerPartyIds: [],
    fundingSource: 'core_fund',
    startDate: '',
    endDate: '',
    budgetAmount: '1250.5',
    budgetCurrency: 'usd',
  };

  it('reads a project with an exact budget and an upper-case currency', () => {
    const parsed = createProjectSchema.parse(project);
    expect(parsed).toMatchObject({ code: 'LCC-1', budgetAmount: '1250.50', budgetCurrency: 'USD', status: 'proposed', leadPartyId: null });
  });

  it('refuses negative or malformed amounts, unknown currencies and an end before the start', () => {
    const errors = (input: Record<string, unknown>) => createProjectSchema.safeParse({ ...project, ...input }).error?.issues.map((i) => i.message);
    expect(errors({ budgetAmount: '-5' })).toContain('amountNegative');
    expect(errors({ budgetAmount: '12.345' })).toContain('amountInvalid');
    expect(errors({ budgetAmount: '1e3' })).toContain('amountInvalid');
    expect(errors({ budgetCurrency: 'XYZ' })).toContain('currencyInvalid');
    expect(errors({ budgetCurrency: '' })).toContain('currencyRequired');
    expect(errors({ startDate: '2025-01-10', endDate: '2025-01-01' })).toContain('endBeforeStart');
    const china = '00000000-0000-4000-8000-000000000002';
    expect(createProjectSchema.safeParse({ ...project, leadPartyId: china, partnerPartyIds: [china] }).error?.issues).toEqual([
      expect.objectContaining({ message: 'leadAlsoPartner', path: ['partnerPartyIds'] }),
    ]);
    expect(errors({ budgetAmount: '1000000.55', budgetCurrency: 'krw' })).toEqual(['amountDecimals']);
    expect(createProjectSchema.parse({ ...project, budgetAmount: '1,000,000', budgetCurrency: 'krw' })).toMatchObject({ budgetAmount: '1000000.00', budgetCurrency: 'KRW' });
  });

  it("reads an edit's version from the form's hidden field and refuses an edit without one", () => {
    const edit = { ...project, projectId: project.areaId };
    expect(updateProjectSchema.parse({ ...edit, version: '3' })).toMatchObject({ version: 3, code: 'LCC-1' });
    expect(updateProjectSchema.safeParse({ ...edit, version: '' }).success).toBe(false);
    expect(updateProjectSchema.safeParse(edit).success).toBe(false);
  });

  it('refuses a zero contribution and keeps a valid one exact', () => {
    const base = { partyId: project.areaId, year: 2025, kind: 'pledge', currency: 'KRW', date: '2025-02-01', projectId: '' };
    expect(recordContributionSchema.safeParse({ ...base, amount: '0' }).error?.issues[0]?.message).toBe('amountNotPositive');
    expect(recordContributionSchema.parse({ ...base, amount: '0.1', currency: 'usd' })).toMatchObject({ amount: '0.10', currency: 'USD', projectId: null });
    // Won have no decimals: a whole amount, grouped by thousands or not, is taken; cents are refused on the amount.
    expect(recordContributionSchema.parse({ ...base, amount: '200,000,000' })).toMatchObject({ amount: '200000000.00', currency: 'KRW' });
    expect(recordContributionSchema.safeParse({ ...base, amount: '0.1' }).error?.issues[0]).toMatchObject({ path: ['amount'], message: 'amountDecimals' });
  });

  it("takes a review's agenda item as optional: none chosen, or left out, is null", () => {
    const review = { projectId: project.areaId, meetingId: project.areaId, progressSummary: 'Two pilots started.', rating: 'on_track', recommendation: 'Take note.', commentDeadline: '2030-01-09' };
    expect(prepareReviewSchema.parse(review).agendaItemId).toBeNull();
    expect(prepareReviewSchema.parse({ ...review, agendaItemId: '' }).agendaItemId).toBeNull();
    expect(prepareReviewSchema.parse({ ...review, agendaItemId: project.areaId }).agendaItemId).toBe(project.areaId);
    expect(prepareReviewSchema.safeParse({ ...review, agendaItemId: '2.1' }).error?.issues[0]?.message).toBe('agendaItemInvalid');
  });

  it('corrects the parts of a review, never its project or meeting', () => {
    const correction = { reviewId: project.areaId, version: 3, progressSummary: 'Three pilots started.', rating: 'at_risk', recommendation: 'Take note.', commentDeadline: '2030-01-09', agendaItemId: '' };
    expect(editReviewSchema.parse(correction)).toEqual({ ...correction, agendaItemId: null });
    expect(editReviewSchema.parse({ ...correction, projectId: project.areaId, meetingId: project.areaId })).not.toHaveProperty('meetingId');
    expect(editReviewSchema.safeParse({ ...correction, reviewId: 'review 1' }).success).toBe(false);
    expect(editReviewSchema.safeParse({ ...correction, progressSummary: 'Short' }).error?.issues[0]?.message).toBe('progressSummaryRequired');
    // The version the form showed comes back as text from a hidden field; without it, no save.
    expect(editReviewSchema.parse({ ...correction, version: '3' }).version).toBe(3);
    expect(editReviewSchema.safeParse({ ...correction, version: undefined }).success).toBe(false);
  });

  it("takes a comment's new words with the version the form showed", () => {
    const input = { commentId: project.areaId, version: '2', body: 'Japan supports it.' };
    expect(editReviewCommentSchema.parse(input)).toEqual({ ...input, version: 2 });
    expect(editReviewCommentSchema.safeParse({ ...input, body: ' ' }).error?.issues[0]?.message).toBe('commentRequired');
    expect(editReviewCommentSchema.safeParse({ ...input, version: '0' }).success).toBe(false);
  });

  it('needs every part of a review', () => {
    const result = prepareReviewSchema.safeParse({ projectId: project.areaId, meetingId: project.areaId, rating: 'unknown' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['progressSummary', 'rating', 'recommendation', 'commentDeadline']));
  });
});

describe('dashboard pivot', () => {
  it('gives one row per area with a count per status, areas without projects at zero', () => {
    const rows = pivotProjectCounts([
      { areaCode: 'air', areaName: 'Air', status: 'ongoing', count: 2 },
      { areaCode: 'air', areaName: 'Air', status: 'proposed', count: 1 },
      { areaCode: 'sea', areaName: 'Sea', status: null, count: 0 },
    ]);
    expect(rows).toEqual([
      { areaCode: 'air', areaName: 'Air', proposed: 1, ongoing: 2, completed: 0, suspended: 0 },
      { areaCode: 'sea', areaName: 'Sea', proposed: 0, ongoing: 0, completed: 0, suspended: 0 },
    ]);
  });
});

describe('dashboard years', () => {
  it('covers the ten years up to this one, by the UTC calendar, or every year', () => {
    expect(firstYearShown('recent', new Date('2026-12-05T12:00:00Z'))).toBe(2017);
    expect(firstYearShown('recent', new Date('2026-12-31T23:59:59Z'))).toBe(2017);
    expect(firstYearShown('recent', new Date('2027-01-01T00:00:00Z'))).toBe(2018);
    expect(firstYearShown('all', new Date('2026-12-05T12:00:00Z'))).toBeUndefined();
  });

  it('reads the period from the address: the recent years unless it says all', () => {
    expect(dashboardSchema.parse({}).years).toBe('recent');
    expect(dashboardSchema.parse({ years: 'all' }).years).toBe('all');
    expect(dashboardSchema.parse({ years: ['all', 'recent'] }).years).toBe('recent');
    expect(dashboardSchema.parse({ years: 'since-1990' }).years).toBe('recent');
  });
});
