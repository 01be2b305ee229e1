import { pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partyKinds, type PartyKind } from '../../lib/parties/values';

export { partyKinds, type PartyKind };
export const partyKind = pgEnum('party_kind', partyKinds);

// A member state (ISO 3166 alpha-3 code), an organization or an observer.
export const parties = pgTable('parties', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  kind: partyKind().notNull(),
  /** A retired party takes no new accounts or registrations and keeps its history. */
  retiredAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Party = typeof parties.$inferSelect;
export type NewParty = typeof parties.$inferInsert;
