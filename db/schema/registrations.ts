import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  credentialsStatuses,
  delegationRoles,
  participationModes,
  registrationStatuses,
  type CredentialsStatus,
  type DelegationRole,
  type ParticipationMode,
  type RegistrationStatus,
} from '../../lib/registrations/values';
import { bytea } from './bytea';
import { meetings } from './meetings';
import { parties } from './parties';
import { users } from './users';

export {
  credentialsStatuses,
  delegationRoles,
  participationModes,
  registrationStatuses,
  type CredentialsStatus,
  type DelegationRole,
  type ParticipationMode,
  type RegistrationStatus,
};
export const delegationRole = pgEnum('delegation_role', delegationRoles);
export const participationMode = pgEnum('participation_mode', participationModes);
export const registrationStatus = pgEnum('registration_status', registrationStatuses);
export const credentialsStatus = pgEnum('credentials_status', credentialsStatuses);

/** One party at one meeting, made with its first registration; its head is the registration with role `head`. */
export const delegations = pgTable(
  'delegations',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'restrict' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    credentialsStatus: credentialsStatus().notNull().default('pending'),
    /** What the secretariat asked to correct in the credentials letter. */
    credentialsNote: text(),
    credentialsDecidedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    credentialsDecidedAt: timestamp({ withTimezone: true }),
    /** Raised by every change of the delegation's row: an edit based on an older version is refused. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('delegations_meeting_party_unique').on(t.meetingId, t.partyId),
    check(
      'delegations_correction_has_note',
      sql`${t.credentialsStatus} <> 'correction_requested' or ${t.credentialsNote} is not null`,
    ),
    // Staff's home counts the letters waiting for them without reading every delegation.
    index('delegations_credentials_waiting_idx').on(t.meetingId).where(sql`${t.credentialsStatus} in ('submitted', 'received')`),
  ],
);

export type Delegation = typeof delegations.$inferSelect;
export type NewDelegation = typeof delegations.$inferInsert;

/** Credentials letters as the head submitted them, every one kept (a correction brings a new one). */
export const credentialsLetters = pgTable(
  'credentials_letters',
  {
    id: uuid().primaryKey().defaultRandom(),
    delegationId: uuid()
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    content: bytea().notNull(),
    uploadedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('credentials_letters_size_limit', sql`${t.byteSize} > 0 and ${t.byteSize} <= 20971520`),
    index('credentials_letters_delegation_idx').on(t.delegationId, t.createdAt),
  ],
);

export type CredentialsLetter = typeof credentialsLetters.$inferSelect;

/**
 * One person at one meeting, in their party's delegation. The person need not have an account: a
 * head of delegation registers the members of their delegation by name and email.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'restrict' }),
    delegationId: uuid()
      .notNull()
      .references(() => delegations.id, { onDelete: 'restrict' }),
    /** The delegation's party, repeated so the queue filters and counts by party from one index. */
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    /** The person's account, when they have one. */
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    name: text().notNull(),
    /** Lower-cased: a person registers once per meeting, whoever registers them. */
    email: text().notNull(),
    delegationRole: delegationRole().notNull(),
    honorific: text(),
    position: text(),
    organization: text(),
    participation: participationMode().notNull().default('in_person'),
    arrivalDate: date(),
    departureDate: date(),
    dietaryNeeds: text(),
    accessNeeds: text(),
    /** Consent to appear in the public list of participants. */
    isListedPublicly: boolean().notNull().default(false),
    status: registrationStatus().notNull().default('pending'),
    /** Why it was rejected (sent to the person). */
    decisionReason: text(),
    decidedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    /** When the head of delegation confirmed this member. */
    confirmedByHeadAt: timestamp({ withTimezone: true }),
    registeredByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('registrations_meeting_email_unique').on(t.meetingId, t.email),
    unique('registrations_meeting_user_unique').on(t.meetingId, t.userId),
    // One head per delegation among those still taking part.
    uniqueIndex('registrations_one_head_idx')
      .on(t.delegationId)
      .where(sql`${t.delegationRole} = 'head' and ${t.status} in ('pending', 'approved')`),
    check('registrations_email_lower_case', sql`${t.email} = lower(${t.email})`),
    check('registrations_rejection_has_reason', sql`${t.status} <> 'rejected' or ${t.decisionReason} is not null`),
    check(
      'registrations_stay_ordered',
      sql`${t.arrivalDate} is null or ${t.departureDate} is null or ${t.departureDate} >= ${t.arrivalDate}`,
    ),
    // The moderation queue and the counts: by meeting, party and status.
    index('registrations_meeting_party_status_idx').on(t.meetingId, t.partyId, t.status),
    index('registrations_delegation_idx').on(t.delegationId),
    index('registrations_user_idx').on(t.userId),
    // Staff's home counts the registrations waiting for a decision without reading every registration.
    index('registrations_pending_idx').on(t.meetingId).where(sql`${t.status} = 'pending'`),
  ],
);

export type Registration = typeof registrations.$inferSelect;
export type NewRegistration = typeof registrations.$inferInsert;

/** Attendance: a participant checked in on one day of the meeting, once. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    day: date().notNull(),
    checkedInByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('check_ins_registration_day_unique').on(t.registrationId, t.day)],
);

export type CheckIn = typeof checkIns.$inferSelect;
export type NewCheckIn = typeof checkIns.$inferInsert;
