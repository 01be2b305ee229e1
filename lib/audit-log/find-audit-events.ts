import 'server-only';
import { listAuditEvents, type AuditEventRow } from '@/db/queries/audit';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import type { FindAuditEventsInput } from './schemas';

const auditPageSize = 50;

// Staff read who did what and when, latest first, optionally for one kind of record.
export async function findAuditEvents({ actor, input }: { actor: Actor; input: FindAuditEventsInput }): Promise<Page<AuditEventRow>> {
  assertCan(actor, 'audit:read');
  const window = pageWindow(input.page, auditPageSize);
  const { rows, total } = await listAuditEvents({ entityType: input.entity, limit: window.pageSize, offset: window.offset });
  return toPage(rows, total, window);
}
