import type { UserRecord } from '@/db/queries/users';
import type { Actor } from '../permissions';

export function toActor(user: UserRecord): Actor {
  return { id: user.id, name: user.name, email: user.email, role: user.role, partyId: user.partyId };
}
