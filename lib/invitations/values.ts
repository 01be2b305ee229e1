// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/** The roles an invitation gives (the database checks it too): a party's member, or an observer. */
export const invitationRoles = ['delegate', 'observer'] as const;
export type InvitationRole = (typeof invitationRoles)[number];

export { invitationValidDays } from '../accounts/values';

export { isLinkTokenShape as isInvitationTokenShape } from '../schemas';
