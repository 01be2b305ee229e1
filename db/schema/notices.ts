import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { noticeAudiences, type NoticeAudience } from '../../lib/notices/values';
import { meetings } from './meetings';
import { users } from './users';

export { noticeAudiences, type NoticeAudience };
export const noticeAudience = pgEnum('notice_audience', noticeAudiences);

/**
 * A message the secretariat sent to a meeting's registered participants (logistics, a change of
 * venue, the report being out). Each recipient's copy is a row of the email outbox, written in the
 * same transaction; this row keeps what was sent, to whom, by whom and when.
 */
export const meetingNotices = pgTable(
  'meeting_notices',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    audience: noticeAudience().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    /** How many people it went to, counted when it was sent (registrations change later). */
    recipientCount: integer().notNull(),
    sentByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('meeting_notices_has_recipients', sql`${t.recipientCount} > 0`),
    // The meeting's notices, newest first.
    index('meeting_notices_meeting_idx').on(t.meetingId, t.sentAt),
  ],
);

export type MeetingNotice = typeof meetingNotices.$inferSelect;
export type NewMeetingNotice = typeof meetingNotices.$inferInsert;
