import { sql, type SQL } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tsvector } from './tsvector';
import {
  adoptionManners,
  amendmentKinds,
  amendmentStatuses,
  paragraphKinds,
  positionKinds,
  statementKinds,
  statementStatuses,
  type AdoptionManner,
  type AmendmentKind,
  type AmendmentStatus,
  type ParagraphKind,
  type PositionKind,
  type StatementKind,
  type StatementStatus,
} from '../../lib/statements/values';
import { agendaItems } from './agenda';
import { documents } from './documents';
import { meetings } from './meetings';
import { parties } from './parties';
import { users } from './users';

export { adoptionManners, amendmentKinds, amendmentStatuses, paragraphKinds, positionKinds, statementKinds, statementStatuses };
export type { AdoptionManner, AmendmentKind, AmendmentStatus, ParagraphKind, PositionKind, StatementKind, StatementStatus };

export const statementKind = pgEnum('statement_kind', statementKinds);
export const statementStatus = pgEnum('statement_status', statementStatuses);
export const paragraphKind = pgEnum('paragraph_kind', paragraphKinds);
export const amendmentKind = pgEnum('amendment_kind', amendmentKinds);
export const amendmentStatus = pgEnum('amendment_status', amendmentStatuses);
export const adoptionManner = pgEnum('adoption_manner', adoptionManners);
export const positionKind = pgEnum('position_kind', positionKinds);

/**
 * A text the meeting adopts. Its words live in numbered revisions; this row holds where it stands.
 * Once adopted, a trigger (migration 0009) refuses any change to it but its publication.
 */
export const statements = pgTable(
  'statements',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid().references(() => agendaItems.id, { onDelete: 'set null' }),
    title: text().notNull(),
    kind: statementKind().notNull().default('statement'),
    status: statementStatus().notNull().default('drafting'),
    /** Raised by every change of the statement or its text: an edit based on an older one is refused. */
    version: integer().notNull().default(1),
    /** The number of the latest revision. */
    currentRevision: integer().notNull().default(1),
    /** The revision delegations amend, and until when (set while circulated). */
    circulatedRevision: integer(),
    commentDeadline: timestamp({ withTimezone: true }),
    finalizedAt: timestamp({ withTimezone: true }),
    finalizedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    silenceStartedAt: timestamp({ withTimezone: true }),
    /** While a silence procedure runs: it is adopted at this moment unless a member state objects first. */
    silenceDeadline: timestamp({ withTimezone: true }),
    adoptedAt: timestamp({ withTimezone: true }),
    adoptionManner: adoptionManner(),
    /** The chair who recorded a consensus; null for a silence procedure, which nobody closes. */
    adoptedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp({ withTimezone: true }),
    publishedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The PDF issued at publication, which gives the statement its symbol. */
    documentId: uuid().references(() => documents.id, { onDelete: 'set null' }),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('statements_circulation', sql`(${t.status} = 'circulated') <= (${t.circulatedRevision} is not null and ${t.commentDeadline} is not null)`),
    check('statements_silence', sql`(${t.status} = 'silence_procedure') = (${t.silenceDeadline} is not null)`),
    check(
      'statements_adoption_recorded',
      sql`(${t.status} in ('adopted', 'published')) = (${t.adoptedAt} is not null and ${t.adoptionManner} is not null)`,
    ),
    check('statements_publication_recorded', sql`(${t.status} = 'published') = (${t.publishedAt} is not null)`),
    index('statements_meeting_idx').on(t.meetingId, t.createdAt),
    // The sweep finds procedures whose deadline has passed without reading every statement.
    index('statements_silence_idx').on(t.silenceDeadline).where(sql`${t.status} = 'silence_procedure'`),
    // A delegate's home finds the texts open to amendments without reading every statement.
    index('statements_circulated_idx').on(t.commentDeadline).where(sql`${t.status} = 'circulated'`),
    // The chairs' and the secretariat's homes find the texts to adopt and to publish the same way.
    index('statements_settling_idx').on(t.status, t.adoptedAt).where(sql`${t.status} in ('final', 'adopted')`),
  ],
);

export type Statement = typeof statements.$inferSelect;
export type NewStatement = typeof statements.$inferInsert;

/** Every saved change of the text: who, when and why. Never updated once written. */
export const statementRevisions = pgTable(
  'statement_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    note: text(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('statement_revisions_number_unique').on(t.statementId, t.number), check('statement_revisions_number_positive', sql`${t.number} > 0`)],
);

export type StatementRevision = typeof statementRevisions.$inferSelect;

/**
 * A paragraph of one revision. Operative numbers are derived from the order, never stored. `key`
 * follows a paragraph from revision to revision (so two revisions compare paragraph by paragraph);
 * `amendmentIds` names the amendments merged into it in this revision.
 */
export const statementParagraphs = pgTable(
  'statement_paragraphs',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    revisionId: uuid()
      .notNull()
      .references(() => statementRevisions.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: paragraphKind().notNull(),
    text: text().notNull(),
    key: uuid().notNull().defaultRandom(),
    amendmentIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [
    unique('statement_paragraphs_position_unique').on(t.revisionId, t.position),
    check('statement_paragraphs_position_nonnegative', sql`${t.position} >= 0`),
  ],
);

export type StatementParagraph = typeof statementParagraphs.$inferSelect;
export type NewStatementParagraph = typeof statementParagraphs.$inferInsert;

/** A party's proposal against one paragraph of the circulated revision. */
export const statementAmendments = pgTable(
  'statement_amendments',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    /** Amendment 1, 2, 3 of the statement: numbered under the statement's row lock. */
    number: integer().notNull(),
    revisionId: uuid()
      .notNull()
      .references(() => statementRevisions.id, { onDelete: 'cascade' }),
    paragraphId: uuid()
      .notNull()
      .references(() => statementParagraphs.id, { onDelete: 'cascade' }),
    kind: amendmentKind().notNull(),
    /** The proposed words: the paragraph's new text, or the inserted paragraph's; none for a deletion. */
    text: text(),
    /** The inserted paragraph's kind. */
    paragraphKind: paragraphKind(),
    rationale: text().notNull(),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    proposedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    status: amendmentStatus().notNull().default('proposed'),
    /** Accepted with a change: the words the secretariat or chair accepted instead of the proposal's. */
    acceptedText: text(),
    decisionReason: text(),
    /** Who settled it, and when: the secretariat or chair deciding it, or its own party withdrawing it. */
    decidedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    /** The revision the accepted amendment was merged into. */
    mergedIntoRevision: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('statement_amendments_number_unique').on(t.statementId, t.number),
    check('statement_amendments_text', sql`(${t.kind} = 'delete') = (${t.text} is null)`),
    check('statement_amendments_paragraph_kind', sql`(${t.kind} = 'insert_after') = (${t.paragraphKind} is not null)`),
    check('statement_amendments_rejection_reason', sql`${t.status} <> 'rejected' or ${t.decisionReason} is not null`),
    check('statement_amendments_accepted_text', sql`${t.acceptedText} is null or ${t.status} = 'accepted'`),
    check('statement_amendments_merged', sql`${t.mergedIntoRevision} is null or ${t.status} = 'accepted'`),
    index('statement_amendments_statement_idx').on(t.statementId, t.status),
    index('statement_amendments_paragraph_idx').on(t.paragraphId),
  ],
);

export type StatementAmendment = typeof statementAmendments.$inferSelect;
export type NewStatementAmendment = typeof statementAmendments.$inferInsert;

/** Other parties that support an amendment. */
export const statementAmendmentSponsors = pgTable(
  'statement_amendment_sponsors',
  {
    amendmentId: uuid()
      .notNull()
      .references(() => statementAmendments.id, { onDelete: 'cascade' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.amendmentId, t.partyId] })],
);

export type StatementAmendmentSponsor = typeof statementAmendmentSponsors.$inferSelect;

/** A member state's objection during a silence procedure (the one ending at `silenceDeadline`): it breaks silence. */
export const statementObjections = pgTable(
  'statement_objections',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    silenceDeadline: timestamp({ withTimezone: true }).notNull(),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('statement_objections_once').on(t.statementId, t.silenceDeadline, t.partyId),
    index('statement_objections_statement_idx').on(t.statementId),
  ],
);

export type StatementObjection = typeof statementObjections.$inferSelect;

/** A party's reservation or explanation of position on the adopted text, shown with it. */
export const statementPositions = pgTable(
  'statement_positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    kind: positionKind().notNull(),
    text: text().notNull(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('statement_positions_once').on(t.statementId, t.partyId, t.kind)],
);

export type StatementPosition = typeof statementPositions.$inferSelect;

/**
 * A delegation's general comment on a circulated revision: what it thinks of the text as a whole,
 * where an amendment proposes words. Made while the text takes amendments; kept as said.
 */
export const statementComments = pgTable(
  'statement_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    /** The circulated revision the comment was made on. */
    revisionNumber: integer().notNull(),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: 'restrict' }),
    authorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the delegation took it back, and who did: it leaves the page; the audit log keeps its words. */
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('statement_comments_statement_idx').on(t.statementId, t.createdAt)],
);

export type StatementComment = typeof statementComments.$inferSelect;
export type NewStatementComment = typeof statementComments.$inferInsert;

/**
 * The archive of adopted texts: one row per published statement, its words (title and paragraphs of
 * the adopted revision) kept for searching them, and what the archive sorts and filters by. Written
 * in the transaction that publishes the statement; an adopted text never changes (migration 0009),
 * so neither does its row.
 */
export const statementArchive = pgTable(
  'statement_archive',
  {
    statementId: uuid()
      .primaryKey()
      .references(() => statements.id, { onDelete: 'cascade' }),
    kind: statementKind().notNull(),
    adoptedAt: timestamp({ withTimezone: true }).notNull(),
    body: text().notNull(),
    // English stemming: "cooperate" finds "cooperation". The programme's texts are adopted in English.
    document: tsvector()
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('english'::regconfig, ${statementArchive.body})`),
  },
  (t) => [
    index('statement_archive_adopted_idx').on(t.adoptedAt, t.statementId),
    index('statement_archive_kind_idx').on(t.kind, t.adoptedAt, t.statementId),
    index('statement_archive_document_idx').using('gin', t.document),
  ],
);

export type StatementArchiveEntry = typeof statementArchive.$inferSelect;
