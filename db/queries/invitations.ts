import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { invitations, meetings, parties, users, type Invitation, type NewInvitation } from '../schema';

export async function insertInvitation(values: NewInvitation, ex: Executor = db): Promise<Invitation> {
  const [invitation] = await ex.insert(invitations).values(values).returning();
  if (!invitation) throw new Error('insert into invitations returned no row');
  return invitation;
}

export type InvitationDetail = Invitation & { meetingTitle: string; meetingTimeZone: string; partyName: string; partyRetiredAt: Date | null };

/**
 * The invitation whose token has this hash, with its meeting's title and its party. With `lock`, its
 * row stays locked until the transaction ends: two acceptances of one link take turns.
 */
export async function findInvitationByTokenHash(
  tokenHash: string,
  ex: Executor = db,
  options: { lock?: boolean } = {},
): Promise<InvitationDetail | undefined> {
  const query = ex
    .select({ invitation: invitations, meetingTitle: meetings.title, meetingTimeZone: meetings.timeZone, partyName: parties.name, partyRetiredAt: parties.retiredAt })
    .from(invitations)
    .innerJoin(meetings, eq(invitations.meetingId, meetings.id))
    .innerJoin(parties, eq(invitations.partyId, parties.id))
    .where(eq(invitations.tokenHash, tokenHash));
  const [row] = options.lock ? await query.for('update', { of: invitations }) : await query;
  if (!row) return undefined;
  const { invitation, ...names } = row;
  return { ...invitation, ...names };
}

const acceptedBy = alias(users, 'accepted_by');

export type InvitationListRow = Pick<Invitation, 'id' | 'name' | 'email' | 'role' | 'expiresAt' | 'acceptedAt' | 'createdAt'> & {
  partyName: string;
  acceptedByName: string | null;
};

/** A meeting's invitations, latest first. */
export function listMeetingInvitations(meetingId: string, ex: Executor = db): Promise<InvitationListRow[]> {
  return ex
    .select({
      id: invitations.id,
      name: invitations.name,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      createdAt: invitations.createdAt,
      partyName: parties.name,
      acceptedByName: acceptedBy.name,
    })
    .from(invitations)
    .innerJoin(parties, eq(invitations.partyId, parties.id))
    .leftJoin(acceptedBy, eq(invitations.acceptedByUserId, acceptedBy.id))
    .where(eq(invitations.meetingId, meetingId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
}

/**
 * Marks the invitation used by `userId`, only if it still is usable (not accepted, not expired, by the
 * database's clock): undefined when it was not, so a link works once however many tabs open it.
 */
export async function markInvitationAccepted(id: string, userId: string, ex: Executor = db): Promise<Invitation | undefined> {
  const [invitation] = await ex
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByUserId: userId })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)))
    .returning();
  return invitation;
}
