import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings } from './meetings';
import { parties } from './parties';
import { role, users } from './users';

/**
 * A focal point invited by the secretariat to a meeting. The link carries a random token of which
 * only the hash is kept; it is bound to the email, single-use and expires. Accepting it creates an
 * active account (no moderation: the secretariat chose the person and their party).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Lower-cased, like users.email. */
    email: text().notNull(),
    name: text().notNull(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    role: role().notNull(),
    /** sha-256 of the token in the link, hex. */
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('invitations_email_lower_case', sql`${t.email} = lower(${t.email})`),
    check('invitations_role_party_member', sql`${t.role} in ('delegate', 'observer')`),
    index('invitations_meeting_idx').on(t.meetingId, t.createdAt),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;
