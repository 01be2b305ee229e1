import 'server-only';
import { and, count, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db, type Executor } from '../client';
import { auditEvents, documents, meetings, meetingSeries, parties, users, type AuditEvent, type NewAuditEvent } from '../schema';

export async function insertAuditEvent(event: NewAuditEvent, ex: Executor = db): Promise<void> {
  await ex.insert(auditEvents).values(event);
}

export type AuditEventRow = AuditEvent & { actorName: string | null };

type AuditFilter = { entityType?: string; from?: Date; until?: Date };

function auditFilter(filter: AuditFilter): SQL | undefined {
  return and(
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.from ? gte(auditEvents.createdAt, filter.from) : undefined,
    filter.until ? lt(auditEvents.createdAt, filter.until) : undefined,
  );
}

/** The latest events first, each with the name of who acted. */
export async function listAuditEvents(
  options: AuditFilter & { limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: AuditEventRow[]; total: number }> {
  const where = auditFilter(options);
  const rows = await ex
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(auditEvents.actorUserId, users.id))
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(options.limit)
    .offset(options.offset);
  const [totals] = await ex.select({ total: count() }).from(auditEvents).where(where);
  return { rows: rows.map(({ event, actorName }) => ({ ...event, actorName })), total: totals?.total ?? 0 };
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

export type RecordLabelKind = 'user' | 'party' | 'series' | 'meeting' | 'document';
/** What names a record on screen: its name, title or symbol; a meeting's time zone; a document's meeting. */
export type RecordLabel = { kind: RecordLabelKind; id: string; label: string; timeZone: string | null; meetingId: string | null };

/** The labels of many records of several kinds (a query per kind asked for, run side by side). */
export async function findRecordLabels(ids: Record<RecordLabelKind, string[]>, ex: Executor = db): Promise<RecordLabel[]> {
  const text = (value: SQL | AnyPgColumn) => sql<string>`${value}::text`;
  const labels = (kind: RecordLabelKind, id: AnyPgColumn, label: SQL | AnyPgColumn, extra: { timeZone?: AnyPgColumn; meetingId?: AnyPgColumn } = {}) => ({
    kind: sql<RecordLabelKind>`${kind}::text`,
    id: text(id),
    label: text(label),
    timeZone: extra.timeZone ? text(extra.timeZone) : sql<null>`null`,
    meetingId: extra.meetingId ? text(extra.meetingId) : sql<null>`null`,
  });
  const queries: Promise<RecordLabel[]>[] = [];
  if (ids.user.length > 0) queries.push(ex.select(labels('user', users.id, users.name)).from(users).where(inArray(users.id, ids.user)));
  if (ids.party.length > 0) queries.push(ex.select(labels('party', parties.id, parties.name)).from(parties).where(inArray(parties.id, ids.party)));
  if (ids.series.length > 0) {
    queries.push(ex.select(labels('series', meetingSeries.id, meetingSeries.name)).from(meetingSeries).where(inArray(meetingSeries.id, ids.series)));
  }
  if (ids.meeting.length > 0) {
    queries.push(
      ex.select(labels('meeting', meetings.id, meetings.title, { timeZone: meetings.timeZone })).from(meetings).where(inArray(meetings.id, ids.meeting)),
    );
  }
  if (ids.document.length > 0) {
    const symbol = sql`${documents.symbol} || ' (' || ${documents.language} || ')'`;
    queries.push(
      ex.select(labels('document', documents.id, symbol, { meetingId: documents.meetingId })).from(documents).where(inArray(documents.id, ids.document)),
    );
  }
  return (await Promise.all(queries)).flat();
}
