import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  documentKinds,
  documentLanguages,
  documentVariants,
  type DocumentKind,
  type DocumentLanguage,
  type DocumentVariant,
} from '../../lib/documents/values';
import { bytea } from './bytea';
import { meetings } from './meetings';
import { users } from './users';

export { documentKinds, documentLanguages, documentVariants, type DocumentKind, type DocumentLanguage, type DocumentVariant };
export const documentKind = pgEnum('document_kind', documentKinds);

export const documentVariant = pgEnum('document_variant', documentVariants);

export const documentLanguage = pgEnum('document_language', documentLanguages);


export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'restrict' }),
    kind: documentKind().notNull(),
    /** The document's number in its meeting and kind (the 1 of .../INF/1); shared by its variants. */
    sequence: integer().notNull(),
    variant: documentVariant().notNull().default('original'),
    /** Which revision, addendum or corrigendum (the 2 of /Rev.2); 0 for the original. */
    variantNumber: integer().notNull().default(0),
    parentId: uuid().references((): AnyPgColumn => documents.id, { onDelete: 'restrict' }),
    symbol: text().notNull(),
    title: text().notNull(),
    language: documentLanguage().notNull(),
    isPublic: boolean().notNull().default(false),
    fileName: text().notNull(),
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    content: bytea().notNull(),
    uploadedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Taken back by the secretariat: its symbol stays taken, and only staff still see and open it. */
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawalReason: text(),
  },
  (t) => [
    // A symbol names one text; its language versions share it.
    unique('documents_symbol_language_unique').on(t.meetingId, t.symbol, t.language),
    check('documents_size_limit', sql`${t.byteSize} > 0 and ${t.byteSize} <= 20971520`),
    check('documents_sequence_positive', sql`${t.sequence} > 0`),
    check(
      'documents_variant_has_parent',
      sql`(${t.variant} = 'original' and ${t.parentId} is null and ${t.variantNumber} = 0) or (${t.variant} <> 'original' and ${t.parentId} is not null and ${t.variantNumber} > 0)`,
    ),
    check('documents_withdrawal_has_reason', sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)`),
    index('documents_meeting_idx').on(t.meetingId, t.kind, t.sequence),
  ],
);

export type Document = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
