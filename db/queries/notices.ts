import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { meetingNotices, registrations, users, type MeetingNotice, type NewMeetingNotice, type NoticeAudience, type Registration } from '../schema';

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
