import 'server-only';
import { and, asc, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, AnyPgTable } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { preparedReadByShape } from '../prepared';
import {
  agendaItems,
  auditEvents,
  contributions,
  delegations,
  documents,
  invitations,
  meetingNotices,
  meetings,
  meetingSeries,
  parties,
  programmeAreas,
  projectReviews,
  projects,
  registrations,
  statements,
  users,
  type AuditEvent,
  type NewAuditEvent,
} from '../schema';

export async function insertAuditEvent(event: NewAuditEvent, ex: Executor = db): Promise<void> {
  await ex.insert(auditEvents).values(event);
}

export type AuditEventRow = AuditEvent & { actorName: string | null };

/**
 * When the latest events of one action from one client address happened since `since`, newest first,
 * at most `limit`: how public actions (signing up) count what one address did recently. Read from the
 * time index, so only the window's events are looked at.
 */
export async function recentEventTimesFromAddress(
  key: { action: string; clientAddress: string },
  since: Date,
  limit: number,
  ex: Executor = db,
): Promise<Date[]> {
  const rows = await ex
    .select({ createdAt: auditEvents.createdAt })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.createdAt, since),
        eq(auditEvents.action, key.action),
        eq(sql`${auditEvents.change}->>'clientAddress'`, key.clientAddress),
      ),
    )
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit);
  return rows.map((row) => row.createdAt);
}

/** The change of the first event of one action on one record, if there is one. */
export async function findFirstEventChange(
  key: { entityType: string; entityId: string; action: string },
  ex: Executor = db,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await ex
    .select({ change: auditEvents.change })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, key.entityType), eq(auditEvents.entityId, key.entityId), eq(auditEvents.action, key.action)))
    .orderBy(asc(auditEvents.id))
    .limit(1);
  return row?.change;
}

/** Where a page of the log starts: before an event (older ones), after one (newer ones), or at the latest. */
export type AuditCursor = { before?: number; after?: number };

type AuditFilter = AuditCursor & { entityType?: string; from?: Date; until?: Date };

/** Which of the log's filters are set: each shape is its own prepared read. */
type AuditFilterShape = { [Filter in keyof AuditFilter]-?: boolean };

// The log is in the order of time, and a cursor is an event: a page starts at that event's time and
// id, so that a range of days and the order are one range of the (time, id) index. Ordered by id, a
// range of days long ago read every later event from the ids' index: 1.8 s at 1,000,000 events.
const timeAndId = sql`(${auditEvents.createdAt}, ${auditEvents.id})`;
const atEvent = (cursor: 'before' | 'after') =>
  sql`((select ${auditEvents.createdAt} from ${auditEvents} where ${auditEvents.id} = ${sql.placeholder(cursor)}), ${sql.placeholder(cursor)}::bigint)`;

function auditFilter(shape: AuditFilterShape): SQL | undefined {
  return and(
    shape.entityType ? eq(auditEvents.entityType, sql.placeholder('entityType')) : undefined,
    shape.from ? gte(auditEvents.createdAt, sql.placeholder('from')) : undefined,
    shape.until ? lt(auditEvents.createdAt, sql.placeholder('until')) : undefined,
    shape.before ? sql`${timeAndId} < ${atEvent('before')}` : undefined,
    shape.after ? sql`${timeAndId} > ${atEvent('after')}` : undefined,
  );
}

// Newer than a cursor means reading upwards from it; the page is then put latest first again.
const auditEventPage = preparedReadByShape('audit_event_page', (ex, shape: AuditFilterShape) =>
  ex
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(auditEvents.actorUserId, users.id))
    .where(auditFilter(shape))
    .orderBy(...(shape.after ? [asc(auditEvents.createdAt), asc(auditEvents.id)] : [desc(auditEvents.createdAt), desc(auditEvents.id)]))
    .limit(sql.placeholder('limit')),
);

/**
 * A page of events, latest first, each with the name of who acted, and whether there are more on the
 * far side of the page. Paged from an event rather than by offset, and never counted in full: the
 * log only grows, and both would cost more with every event ever recorded.
 */
export async function listAuditEvents(
  options: AuditFilter & { limit: number },
  ex: Executor = db,
): Promise<{ rows: AuditEventRow[]; hasMore: boolean }> {
  const { limit, ...filter } = options;
  const shape = {
    entityType: Boolean(filter.entityType),
    from: Boolean(filter.from),
    until: Boolean(filter.until),
    before: Boolean(filter.before),
    after: Boolean(filter.after),
  };
  // A placeholder's value reaches the driver as given, and it takes times as ISO text (as drizzle's columns send them).
  const values = { ...filter, from: filter.from?.toISOString(), until: filter.until?.toISOString(), limit: limit + 1 };
  const rows = await auditEventPage(shape, ex).execute(values);
  const page = rows.slice(0, limit).map(({ event, actorName }) => ({ ...event, actorName }));
  return { rows: shape.after ? page.reverse() : page, hasMore: rows.length > limit };
}

/** The events of one record recorded after it reached `version` (its change carries the version it made), oldest first. */
export async function listEventsAfterVersion(
  entity: { entityType: string; entityId: string },
  version: number,
  ex: Executor = db,
): Promise<AuditEventRow[]> {
  const rows = await ex
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(auditEvents.actorUserId, users.id))
    .where(
      and(
        eq(auditEvents.entityType, entity.entityType),
        eq(auditEvents.entityId, entity.entityId),
        gt(sql`(${auditEvents.change}->>'version')::int`, version),
      ),
    )
    .orderBy(auditEvents.id);
  return rows.map(({ event, actorName }) => ({ ...event, actorName }));
}

export type RecordLabelKind =
  | 'user'
  | 'party'
  | 'series'
  | 'agendaItem'
  | 'meeting'
  | 'document'
  | 'invitation'
  | 'notice'
  | 'statement'
  | 'registration'
  | 'delegation'
  | 'project'
  | 'review'
  | 'area'
  | 'contribution';
/**
 * What names a record on screen: its name, title or symbol; the time zone its times are read in (its
 * meeting's); its meeting; and the record whose page shows it (a registration's delegation, a review's project).
 */
export type RecordLabel = { kind: RecordLabelKind; id: string; label: string; timeZone: string | null; meetingId: string | null; ownerId: string | null };

/** The labels of many records of several kinds, in one statement. */
export async function findRecordLabels(ids: Record<RecordLabelKind, string[]>, ex: Executor = db): Promise<RecordLabel[]> {
  const parts: SQL[] = [];
  const add = (kind: RecordLabelKind, table: AnyPgTable, id: AnyPgColumn, label: SQL, extra: { timeZone?: SQL; meetingId?: SQL; ownerId?: SQL } = {}) => {
    if (ids[kind].length === 0) return;
    parts.push(
      sql`select ${kind}::text as "kind", ${id}::text as "id", ${label} as "label", ${extra.timeZone ?? sql`null`}::text as "timeZone", ${extra.meetingId ?? sql`null`}::text as "meetingId", ${extra.ownerId ?? sql`null`}::text as "ownerId" from ${table} where ${inArray(id, ids[kind])}`,
    );
  };
  const zoneOfMeeting = (meetingId: AnyPgColumn) => sql`(select ${meetings.timeZone} from ${meetings} where ${meetings.id} = ${meetingId})`;
  const nameOfParty = (partyId: AnyPgColumn) => sql`(select ${parties.name} from ${parties} where ${parties.id} = ${partyId})`;
  add('user', users, users.id, sql`${users.name}`);
  add('party', parties, parties.id, sql`${parties.name}`);
  add('series', meetingSeries, meetingSeries.id, sql`${meetingSeries.name}`);
  add('agendaItem', agendaItems, agendaItems.id, sql`${agendaItems.title}`);
  add('meeting', meetings, meetings.id, sql`${meetings.title}`, { timeZone: sql`${meetings.timeZone}` });
  add('document', documents, documents.id, sql`${documents.symbol} || ' (' || ${documents.language} || ')'`, { meetingId: sql`${documents.meetingId}` });
  add('invitation', invitations, invitations.id, sql`${invitations.name} || ' <' || ${invitations.email} || '>'`, { meetingId: sql`${invitations.meetingId}` });
  add('notice', meetingNotices, meetingNotices.id, sql`${meetingNotices.subject}`, { meetingId: sql`${meetingNotices.meetingId}`, timeZone: zoneOfMeeting(meetingNotices.meetingId) });
  add('statement', statements, statements.id, sql`${statements.title}`, { meetingId: sql`${statements.meetingId}`, timeZone: zoneOfMeeting(statements.meetingId) });
  add('registration', registrations, registrations.id, sql`${registrations.name}`, {
    meetingId: sql`${registrations.meetingId}`,
    timeZone: zoneOfMeeting(registrations.meetingId),
    ownerId: sql`${registrations.delegationId}`,
  });
  add('delegation', delegations, delegations.id, nameOfParty(delegations.partyId), { meetingId: sql`${delegations.meetingId}`, timeZone: zoneOfMeeting(delegations.meetingId) });
  add('project', projects, projects.id, sql`${projects.code} || ' ' || ${projects.title}`);
  add('review', projectReviews, projectReviews.id, sql`(select ${projects.code} || ' ' || ${projects.title} from ${projects} where ${projects.id} = ${projectReviews.projectId})`, {
    meetingId: sql`${projectReviews.meetingId}`,
    timeZone: zoneOfMeeting(projectReviews.meetingId),
    ownerId: sql`${projectReviews.projectId}`,
  });
  add('area', programmeAreas, programmeAreas.id, sql`${programmeAreas.name}`);
  add('contribution', contributions, contributions.id, sql`${nameOfParty(contributions.partyId)} || ', ' || ${contributions.year}`);
  if (parts.length === 0) return [];
  const result = await ex.execute<RecordLabel>(sql.join(parts, sql` union all `));
  // postgres.js answers with the rows; PGlite with an object holding them.
  return Array.isArray(result) ? (result as unknown as RecordLabel[]) : (result as unknown as { rows: RecordLabel[] }).rows;
}
