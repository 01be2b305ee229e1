// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/** The roles an invitation gives (the database checks it too): a party's member, or an observer. */
export const invitationRoles = ['delegate', 'observer'] as const;
export type InvitationRole = (typeof invitationRoles)[number];

export { invitationValidDays } from '../accounts/values';

/** What an invitation token looks like (43 url-safe characters): anything else is not worth a database read. */
export function isInvitationTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
