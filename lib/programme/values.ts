// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const projectStatuses = ['proposed', 'ongoing', 'completed', 'suspended'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const fundingSources = ['core_fund', 'voluntary_contribution', 'external'] as const;
export type FundingSource = (typeof fundingSources)[number];

export const reviewRatings = ['on_track', 'at_risk', 'delayed', 'completed'] as const;
export type ReviewRating = (typeof reviewRatings)[number];

export const contributionKinds = ['pledge', 'payment'] as const;
export type ContributionKind = (typeof contributionKinds)[number];

/** The years of contributions the dashboard charts: the recent ones, or all on record. */
export const dashboardPeriods = ['recent', 'all'] as const;
export type DashboardPeriod = (typeof dashboardPeriods)[number];

/** Money is stored as numeric(18, 2): at most 16 digits before the point, 2 after. */
export const moneyScale = 2;
