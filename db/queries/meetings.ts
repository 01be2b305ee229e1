import { asc, count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { meetings, meetingSeries, parties, users, type Meeting } from '../schema';

export type MeetingListRow = Pick<
  Meeting,
  'id' | 'number' | 'title' | 'startDate' | 'endDate' | 'timeZone' | 'city' | 'format' | 'status'
> & { seriesName: string; hostName: string | null; chairName: string | null };

const chairs = alias(users, 'chairs');

// Upcoming and current meetings first (soonest on top), then past ones (latest on top).
const isPast = sql`${meetings.endDate} < current_date`;

export async function listMeetings(
  options: { limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: MeetingListRow[]; total: number }> {
  const rows = await ex
    .select({
      id: meetings.id,
      number: meetings.number,
      title: meetings.title,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      timeZone: meetings.timeZone,
      city: meetings.city,
      format: meetings.format,
      status: meetings.status,
      seriesName: meetingSeries.name,
      hostName: parties.name,
      chairName: chairs.name,
    })
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetings.seriesId, meetingSeries.id))
    .leftJoin(parties, eq(meetings.hostPartyId, parties.id))
    .leftJoin(chairs, eq(meetings.chairUserId, chairs.id))
    .orderBy(
      asc(isPast),
      asc(sql`case when ${isPast} then null else ${meetings.startDate} end`),
      desc(meetings.startDate),
    )
    .limit(options.limit)
    .offset(options.offset);
  const [totals] = await ex.select({ total: count() }).from(meetings);
  return { rows, total: totals?.total ?? 0 };
}
