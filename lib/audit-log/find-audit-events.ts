import 'server-only';
import { listAuditEvents } from '@/db/queries/audit';
import { officeTimeZone } from '../config';
import { pageWindow, toPage, type Page } from '../pagination';
import { assertCan, type Actor } from '../permissions';
import { addDays, zonedLocalToInstant } from '../time-zones';
import { describeEvents, type DescribedEvent } from './describe-events';
import type { FindAuditEventsInput } from './schemas';

const auditPageSize = 50;

// Staff read who did what and when, latest first, optionally for one kind of record and a range of
// days (in the office's time zone, as the page shows times).
export async function findAuditEvents({ actor, input }: { actor: Actor; input: FindAuditEventsInput }): Promise<Page<DescribedEvent>> {
  assertCan(actor, 'audit:read');
  const window = pageWindow(input.page, auditPageSize);
  const startOf = (day: string) => zonedLocalToInstant(`${day}T00:00`, officeTimeZone);
  const { rows, total } = await listAuditEvents({
    entityType: input.entity,
    from: input.from ? startOf(input.from) : undefined,
    until: input.to ? startOf(addDays(input.to, 1)) : undefined,
    limit: window.pageSize,
    offset: window.offset,
  });
  return toPage(await describeEvents(rows), total, window);
}
