// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/**
 * Whom a notice goes to, among a meeting's registrations: everyone still taking part (pending or
 * approved), only those approved, or only the heads of delegation still taking part. Or, before
 * registration closes, the focal points (active delegates' and observers' accounts) of the parties
 * nobody has registered for yet: a reminder to register.
 */
export const noticeAudiences = ['registered', 'approved', 'heads', 'unregistered'] as const;
export type NoticeAudience = (typeof noticeAudiences)[number];

export const noticeSubjectMax = 200;
export const noticeBodyMax = 10_000;
