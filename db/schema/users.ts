import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { accountStatuses, type AccountStatus } from '../../lib/accounts/values';
import { roles, type Role } from '../../lib/users/values';
import { parties } from './parties';

export { roles, type Role, accountStatuses, type AccountStatus };
export const role = pgEnum('role', roles);
export const accountStatus = pgEnum('account_status', accountStatuses);

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
    /** Position or title, as the person gave it when signing up (shown to the secretariat's queue). */
    position: text(),
    /** A signed-up account waits for the secretariat to confirm its party; only `active` accounts sign in. */
    status: accountStatus().notNull().default('active'),
    /** Why the secretariat refused a signed-up account (sent to the person). */
    statusReason: text(),
    statusDecidedByUserId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    statusDecidedAt: timestamp({ withTimezone: true }),
    isDisabled: boolean().notNull().default(false),
    /** Set by a reset: the person must choose a new password before doing anything else. */
    mustChangePassword: boolean().notNull().default(false),
    /**
     * Carried in the session token and compared on every request: raising it (sign-out, a password
     * change or reset, a role change, disabling) ends every session issued before.
     */
    sessionVersion: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_email_lower_case', sql`${t.email} = lower(${t.email})`),
    // A delegate always speaks for a party.
    check('users_delegate_has_party', sql`${t.role} <> 'delegate' or ${t.partyId} is not null`),
    check('users_refusal_has_reason', sql`${t.status} <> 'refused' or ${t.statusReason} is not null`),
    index('users_party_idx').on(t.partyId),
    // The queue of accounts waiting for confirmation.
    index('users_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
    // The users list's order: read from the index, a page at a time, rather than sorting every account.
    index('users_name_email_idx').on(t.name, t.email),
    // The users list's search for a part of a name or an email (pg_trgm, migration 0015).
    index('users_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('users_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/**
 * Failed sign-ins, kept in the database so the limits hold across every app instance. A success
 * deletes the account's rows; old rows are swept as new ones are written.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    email: text().notNull(),
    clientAddress: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sign_in_failures_email_idx').on(t.email, t.createdAt),
    index('sign_in_failures_address_idx').on(t.clientAddress, t.createdAt),
  ],
);

export type SignInFailure = typeof signInFailures.$inferSelect;
