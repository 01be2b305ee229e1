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
import { parties } from './parties';
import { users } from './users';

export const meetingStatuses = [
  'planned',
  'registration_open',
  'registration_closed',
  'in_session',
  'concluded',
  'cancelled',
] as const;
export const meetingStatus = pgEnum('meeting_status', meetingStatuses);

export const meetingFormats = ['in_person', 'virtual', 'hybrid'] as const;
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
    index('meetings_start_date_idx').on(t.startDate),
    index('meetings_chair_idx').on(t.chairUserId),
  ],
);

export type MeetingSeries = typeof meetingSeries.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type NewMeeting = typeof meetings.$inferInsert;
export type MeetingStatus = (typeof meetingStatuses)[number];
export type MeetingFormat = (typeof meetingFormats)[number];
