import 'server-only';
import { count, desc, eq } from 'drizzle-orm';
import { db, type Executor } from '../client';
import { auditEvents, users, type AuditEvent, type NewAuditEvent } from '../schema';

export async function insertAuditEvent(event: NewAuditEvent, ex: Executor = db): Promise<void> {
  await ex.insert(auditEvents).values(event);
}

export type AuditEventRow = AuditEvent & { actorName: string | null };

/** The latest events first, each with the name of who acted. */
export async function listAuditEvents(
  options: { entityType?: string; limit: number; offset: number },
  ex: Executor = db,
): Promise<{ rows: AuditEventRow[]; total: number }> {
  const where = options.entityType ? eq(auditEvents.entityType, options.entityType) : undefined;
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
