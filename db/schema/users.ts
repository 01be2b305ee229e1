import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { roles, type Role } from '../../lib/users/values';
import { parties } from './parties';

export { roles, type Role };
export const role = pgEnum('role', roles);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased, so the unique constraint is case-insensitive.
    email: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: role().notNull(),
    partyId: uuid().references(() => parties.id, { onDelete: 'restrict' }),
    isDisabled: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_email_lower_case', sql`${t.email} = lower(${t.email})`),
    // A delegate always speaks for a party.
    check('users_delegate_has_party', sql`${t.role} <> 'delegate' or ${t.partyId} is not null`),
    index('users_party_idx').on(t.partyId),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
