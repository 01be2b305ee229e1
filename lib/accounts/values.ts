// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/**
 * An account made by signing up is `pending` until the secretariat confirms the party it claims,
 * or `refused` (with a reason). Accounts made by staff, by the console or through an invitation
 * are `active` from the start.
 */
export const accountStatuses = ['pending', 'active', 'refused'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/** How long an invitation link stays valid. */
export const invitationValidDays = 14;
