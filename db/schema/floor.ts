import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { floorRequestStatuses, screenShows, type FloorRequestStatus } from '../../lib/floor/values';
import { agendaItems } from './agenda';
import { meetings } from './meetings';
import { parties } from './parties';
import { registrations } from './registrations';
import { statements } from './statements';
import { users } from './users';

export { floorRequestStatuses, type FloorRequestStatus };
export const floorRequestStatus = pgEnum('floor_request_status', floorRequestStatuses);

/**
 * A delegation's request for the floor on an agenda item, made at the meeting by one of its approved
 * participants (who then speaks). The speakers' list of an item is its requests in the order made;
 * those that spoke stay as the record of who took the floor on what.
 */
export const floorRequests = pgTable(
  'floor_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid()
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id),
    /** Who asked, and speaks: an approved registration of the party at the meeting. */
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    status: floorRequestStatus().notNull().default('waiting'),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the floor was given, and when the speaker finished (or the request left the list). */
    startedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One place on an item's list per delegation; one speaker in the room at a time.
    uniqueIndex('floor_requests_one_open_per_party').on(t.agendaItemId, t.partyId).where(sql`${t.status} in ('waiting', 'speaking')`),
    uniqueIndex('floor_requests_one_speaker').on(t.meetingId).where(sql`${t.status} = 'speaking'`),
    // A meeting's requests in the order made: its speakers' lists and the record of who spoke.
    index('floor_requests_meeting_idx').on(t.meetingId, t.requestedAt),
    check('floor_requests_speaker_started', sql`${t.status} not in ('speaking', 'spoke') or ${t.startedAt} is not null`),
  ],
);

export type FloorRequest = typeof floorRequests.$inferSelect;
export type NewFloorRequest = typeof floorRequests.$inferInsert;

/**
 * How long each speaker may hold the floor at a meeting, as its chair (or the secretariat) set it:
 * the timers of the speakers' list and the room's screen count against it. No row: no limit.
 */
export const speakingTimeLimits = pgTable(
  'speaking_time_limits',
  {
    meetingId: uuid()
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    seconds: integer().notNull(),
    setByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('speaking_time_limits_seconds_range', sql`${t.seconds} between 60 and 1800`)],
);

export type SpeakingTimeLimit = typeof speakingTimeLimits.$inferSelect;

/**
 * What the room's screen of a meeting shows, as the chair (or the secretariat) put it there: the
 * projector follows it. No row: the speakers' list.
 */
export const roomScreens = pgTable(
  'room_screens',
  {
    meetingId: uuid()
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    shows: text({ enum: screenShows }).notNull(),
    statementId: uuid().references(() => statements.id, { onDelete: 'cascade' }),
    amendmentNumber: integer(),
    setByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'room_screens_shows_what',
      sql`(${t.shows} = 'floor' and ${t.statementId} is null and ${t.amendmentNumber} is null)
        or (${t.shows} in ('statement', 'amended') and ${t.statementId} is not null and ${t.amendmentNumber} is null)
        or (${t.shows} = 'amendment' and ${t.statementId} is not null and ${t.amendmentNumber} is not null)`,
    ),
  ],
);

export type RoomScreen = typeof roomScreens.$inferSelect;
