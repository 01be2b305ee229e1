import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  agendaItemKinds,
  agendaItemStatuses,
  agendaStatuses,
  followUpStatuses,
  presenterKinds,
  type AgendaItemKind,
  type AgendaItemStatus,
  type AgendaStatus,
  type FollowUpStatus,
  type PresenterKind,
} from '../../lib/agenda/values';
import { documents } from './documents';
import { meetings, meetingSessions } from './meetings';
import { parties } from './parties';
import { users } from './users';

export { agendaItemKinds, agendaItemStatuses, agendaStatuses, followUpStatuses, presenterKinds };
export type { AgendaItemKind, AgendaItemStatus, AgendaStatus, FollowUpStatus, PresenterKind };

export const agendaStatus = pgEnum('agenda_status', agendaStatuses);
export const agendaItemKind = pgEnum('agenda_item_kind', agendaItemKinds);
export const agendaItemStatus = pgEnum('agenda_item_status', agendaItemStatuses);
export const presenterKind = pgEnum('presenter_kind', presenterKinds);
export const followUpStatus = pgEnum('follow_up_status', followUpStatuses);

// A meeting's agenda as a whole: its lifecycle, who adopted it, and the papers issued from it.
export const agendas = pgTable(
  'agendas',
  {
    meetingId: uuid()
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    status: agendaStatus().notNull().default('provisional'),
    adoptedAt: timestamp({ withTimezone: true }),
    adoptedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The provisional agenda as issued (/1, its revisions point at it) and its annotations (/1/Add.1). */
    agendaDocumentId: uuid().references(() => documents.id, { onDelete: 'set null' }),
    annotationsDocumentId: uuid().references(() => documents.id, { onDelete: 'set null' }),
    /** Raised by every change of the agenda or its items: a reorder based on an older one is refused. */
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('agendas_adoption_recorded', sql`(${t.status} = 'adopted') = (${t.adoptedAt} is not null)`)],
);

export type Agenda = typeof agendas.$inferSelect;

// Items are ordered by position among their siblings; their numbers (1, 2, 2.1) are derived, never stored.
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    parentId: uuid().references((): AnyPgColumn => agendaItems.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    /** The annotated agenda's text, in Markdown (rendered sanitized). */
    annotation: text(),
    kind: agendaItemKind().notNull().default('substantive'),
    presenterKind: presenterKind(),
    presenterPartyId: uuid().references(() => parties.id, { onDelete: 'restrict' }),
    presenterName: text(),
    durationMinutes: integer(),
    sessionId: uuid().references(() => meetingSessions.id, { onDelete: 'set null' }),
    /** Opening, adoption of the agenda, other matters, closing: copied to the next meeting's agenda. */
    isRecurring: boolean().notNull().default(false),
    status: agendaItemStatus().notNull().default('pending'),
    /** While it is in discussion: when it was taken up this time. */
    discussionStartedAt: timestamp({ withTimezone: true }),
    /** How long the meeting discussed it before, each time it was taken up and left (concluded, deferred, put back). */
    discussedSeconds: integer().notNull().default(0),
    outcome: text(),
    /** The item of an earlier meeting this one takes up again (a deferred item). */
    carriedFromItemId: uuid().references((): AnyPgColumn => agendaItems.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('agenda_items_position_unique').on(t.meetingId, t.parentId, t.position).nullsNotDistinct(),
    check('agenda_items_position_nonnegative', sql`${t.position} >= 0`),
    check('agenda_items_duration_positive', sql`${t.durationMinutes} is null or ${t.durationMinutes} > 0`),
    check('agenda_items_discussed_nonnegative', sql`${t.discussedSeconds} >= 0`),
    check(
      'agenda_items_presenter_consistent',
      sql`(${t.presenterKind} = 'party') = (${t.presenterPartyId} is not null) and (${t.presenterKind} = 'person') = (${t.presenterName} is not null)`,
    ),
    // At most one item of a meeting is being discussed at a time.
    uniqueIndex('agenda_items_one_in_discussion').on(t.meetingId).where(sql`${t.status} = 'in_discussion'`),
    index('agenda_items_meeting_idx').on(t.meetingId, t.status),
  ],
);

export type AgendaItem = typeof agendaItems.$inferSelect;
export type NewAgendaItem = typeof agendaItems.$inferInsert;

export const agendaItemDocuments = pgTable(
  'agenda_item_documents',
  {
    agendaItemId: uuid()
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.documentId] }), index('agenda_item_documents_document_idx').on(t.documentId)],
);

// What an outcome asks someone to do, followed up at the next meetings.
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid()
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    description: text().notNull(),
    /** The party that owns it; null: the secretariat. */
    ownerPartyId: uuid().references(() => parties.id, { onDelete: 'restrict' }),
    dueDate: date(),
    dueByNextMeeting: boolean().notNull().default(false),
    status: followUpStatus().notNull().default('open'),
    note: text(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('follow_ups_due', sql`(${t.dueDate} is null) = ${t.dueByNextMeeting}`),
    index('follow_ups_status_idx').on(t.status, t.dueDate),
    index('follow_ups_owner_idx').on(t.ownerPartyId, t.status),
    index('follow_ups_meeting_idx').on(t.meetingId),
    index('follow_ups_item_idx').on(t.agendaItemId),
  ],
);

export type FollowUp = typeof followUps.$inferSelect;
export type NewFollowUp = typeof followUps.$inferInsert;
