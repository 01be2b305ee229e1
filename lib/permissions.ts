import type { Role } from './users/values';
import { AppError } from './errors';

export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  partyId: string | null;
};

/**
 * How far a grant reaches: `all` records, only meetings the actor chairs, or only records of the
 * actor's own party. Chairing is per meeting, so a chair's powers never reach another meeting.
 */
export type Scope = 'all' | 'chairedMeeting' | 'ownParty';

export const permissionNames = [
  'users:manage',
  'audit:read',
  'meetings:read',
  'meetings:manage',
  'meetings:readRestricted',
  'delegations:register',
] as const;
export type Permission = (typeof permissionNames)[number];

/** The one table of who may do what. Anything not listed is refused. */
export const grants: Record<Role, Partial<Record<Permission, Scope>>> = {
  secretariat: {
    'users:manage': 'all',
    'audit:read': 'all',
    'meetings:read': 'all',
    'meetings:manage': 'all',
    'meetings:readRestricted': 'all',
    'delegations:register': 'all',
  },
  chair: {
    'meetings:read': 'all',
    'meetings:readRestricted': 'chairedMeeting',
  },
  delegate: {
    'meetings:read': 'all',
    'delegations:register': 'ownParty',
  },
  observer: {
    'meetings:read': 'all',
  },
};

/** What a scoped permission is checked against: the meeting's chair, or the record's party. */
export type Resource = { chairUserId?: string | null; partyId?: string | null };

export function can(actor: Actor, permission: Permission, resource?: Resource): boolean {
  const scope = grants[actor.role][permission];
  switch (scope) {
    case 'all':
      return true;
    case 'chairedMeeting':
      return resource?.chairUserId != null && resource.chairUserId === actor.id;
    case 'ownParty':
      return actor.partyId != null && resource?.partyId === actor.partyId;
    default:
      return false;
  }
}

export function assertCan(actor: Actor, permission: Permission, resource?: Resource): void {
  if (!can(actor, permission, resource)) throw new AppError('FORBIDDEN', 'forbidden');
}
