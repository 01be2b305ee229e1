import { db, type Executor } from '../client';
import { auditEvents, type NewAuditEvent } from '../schema';

export async function insertAuditEvent(event: NewAuditEvent, ex: Executor = db): Promise<void> {
  await ex.insert(auditEvents).values(event);
}
