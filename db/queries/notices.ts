import 'server-only';
import { and, count, desc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { meetingNotices, parties, registrations, users, type MeetingNotice, type NewMeetingNotice, type NoticeAudience, type Registration } from '../schema';

export async function insertMeetingNotice(values: NewMeetingNotice, ex: Executor = db): Promise<MeetingNotice> {
  const [notice] = await ex.insert(meetingNotices).values(values).returning();
  if (!notice) throw new Error('insert into meeting_notices returned no row');
  return notice;
}

export type NoticeContact = Pick<Registration, 'name' | 'email' | 'status' | 'delegationRole'>;

/** Everyone still taking part in a meeting (pending or approved), whom a notice may reach. */
export function listNoticeContacts(meetingId: string, ex: Executor = db): Promise<NoticeContact[]> {
  return ex
    .select({
      name: registrations.name,
      email: registrations.email,
      status: registrations.status,
      delegationRole: registrations.delegationRole,
    })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), inArray(registrations.status, ['pending', 'approved'])))
    .orderBy(registrations.email);
}

export type FocalPointContact = Pick<NoticeContact, 'name' | 'email'> & { status: null; delegationRole: null };

/**
 * The focal points of the parties nobody is registered for at a meeting (pending or approved): the
 * accounts of delegates and observers of parties not retired, confirmed and not disabled. The few
 * parties are found first, then their accounts by the party's index.
 */
const unregisteredFocalPoints = (meetingId: string) =>
  and(
    inArray(
      users.partyId,
      db
        .select({ id: parties.id })
        .from(parties)
        .where(
          and(
            isNull(parties.retiredAt),
            notExists(
              db
                .select({ one: sql`1` })
                .from(registrations)
                .where(and(eq(registrations.meetingId, meetingId), eq(registrations.partyId, parties.id), inArray(registrations.status, ['pending', 'approved']))),
            ),
          ),
        ),
    ),
    eq(users.status, 'active'),
    eq(users.isDisabled, false),
    inArray(users.role, ['delegate', 'observer']),
  );

/** Those a reminder to register reaches: the focal points of the parties nobody is registered for. */
export async function listUnregisteredFocalPoints(meetingId: string, ex: Executor = db): Promise<FocalPointContact[]> {
  const rows = await ex.select({ name: users.name, email: users.email }).from(users).where(unregisteredFocalPoints(meetingId)).orderBy(users.email);
  return rows.map((row) => ({ ...row, status: null, delegationRole: null }));
}

/** How many a reminder to register would reach now, counted without reading them. */
export async function countUnregisteredFocalPoints(meetingId: string, ex: Executor = db): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(users).where(unregisteredFocalPoints(meetingId));
  return row?.n ?? 0;
}

export type NoticeListRow = MeetingNotice & { sentByName: string | null };

/** A page of a meeting's notices (all of them, or those to some audiences), newest first, with who sent each. */
export async function listMeetingNotices(
  meetingId: string,
  window: { pageSize: number; offset: number; audiences?: NoticeAudience[] },
  ex: Executor = db,
): Promise<{ rows: NoticeListRow[]; total: number }> {
  const where = and(eq(meetingNotices.meetingId, meetingId), window.audiences ? inArray(meetingNotices.audience, window.audiences) : undefined);
  const [rows, [counted]] = await Promise.all([
    ex
      .select({ notice: meetingNotices, sentByName: users.name })
      .from(meetingNotices)
      .leftJoin(users, eq(meetingNotices.sentByUserId, users.id))
      .where(where)
      .orderBy(desc(meetingNotices.sentAt), desc(meetingNotices.id))
      .limit(window.pageSize)
      .offset(window.offset),
    ex.select({ total: count() }).from(meetingNotices).where(where),
  ]);
  return { rows: rows.map(({ notice, sentByName }) => ({ ...notice, sentByName })), total: counted?.total ?? 0 };
}
