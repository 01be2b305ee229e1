import 'server-only';
import type { Tx } from '@/db/client';
import { insertAuditEvent } from '@/db/queries/audit';
import type { Actor } from './permissions';

type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  change?: Record<string, unknown>;
};

/** Records who changed what; takes the transaction so the event commits or rolls back with the change. */
export function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  return insertAuditEvent({ ...entry, change: entry.change ?? {}, actorUserId: actor?.id ?? null }, tx);
}
