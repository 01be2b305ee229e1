import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { meetingFormats, meetingStatuses, type MeetingFormat, type MeetingStatus } from '../../lib/meetings/values';
import { parties } from './parties';
import { users } from './users';

export { meetingFormats, meetingStatuses, type MeetingFormat, type MeetingStatus };
export const meetingStatus = pgEnum('meeting_status', meetingStatuses);

export const meetingFormat = pgEnum('meeting_format', meetingFormats);

// Kinds of meeting (Senior Officials Meeting, Expert Group Meeting ...) are data, not code.
export const meetingSeries = pgTable('meeting_series', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
});

export const meetings = pgTable(
  'meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    seriesId: uuid()
      .notNull()
      .references(() => meetingSeries.id, { onDelete: 'restrict' }),
    number: integer().notNull(),
    title: text().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    timeZone: text().notNull(),
    city: text(),
    hostPartyId: uuid().references(() => parties.id, { onDelete: 'restrict' }),
    venue: text(),
    format: meetingFormat().notNull().default('in_person'),
    chairUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    registrationOpensAt: timestamp({ withTimezone: true }),
    registrationClosesAt: timestamp({ withTimezone: true }),
    status: meetingStatus().notNull().default('planned'),
    description: text(),
    cancellationReason: text(),
    /** Raised by every change of the meeting's row: an edit based on an older version is refused. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('meetings_series_number_unique').on(t.seriesId, t.number),
    check('meetings_number_positive', sql`${t.number} > 0`),
    check('meetings_dates_ordered', sql`${t.endDate} >= ${t.startDate}`),
    check(
      'meetings_registration_window_ordered',
      sql`${t.registrationClosesAt} is null or ${t.registrationOpensAt} is null or ${t.registrationClosesAt} > ${t.registrationOpensAt}`,
    ),
    check(
      'meetings_cancellation_has_reason',
      sql`(${t.status} = 'cancelled') = (${t.cancellationReason} is not null)`,
    ),
    index('meetings_start_date_idx').on(t.startDate),
    // The meetings list reads what is still to come by its last day (db/queries/meetings.ts).
    index('meetings_end_date_idx').on(t.endDate),
    index('meetings_chair_idx').on(t.chairUserId),
  ],
);

export type MeetingSeries = typeof meetingSeries.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;

// The timetable: sittings within the meeting's days, stored as instants and shown in its time zone.
export const meetingSessions = pgTable(
  'meeting_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    room: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('meeting_sessions_times_ordered', sql`${t.endsAt} > ${t.startsAt}`),
    index('meeting_sessions_meeting_idx').on(t.meetingId, t.startsAt),
  ],
);

export type MeetingSession = typeof meetingSessions.$inferSelect;
export type NewMeetingSession = typeof meetingSessions.$inferInsert;
