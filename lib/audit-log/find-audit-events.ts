import 'server-only';
import { listAuditEvents } from '@/db/queries/audit';
import { officeTimeZone } from '../config';
import { assertCan, type Actor } from '../permissions';
import { addDays, zonedLocalToInstant } from '../time-zones';
import { describeEvents, type DescribedEvent } from './describe-events';
import type { FindAuditEventsInput } from './schemas';

export const auditPageSize = 50;

/** A page of the log, and where the next newer and older pages start (none at either end). */
export type AuditPage = { items: DescribedEvent[]; newerThan: number | null; olderThan: number | null };

// Staff read who did what and when, latest first, optionally for one kind of record and a range of
// days (in the office's time zone, as the page shows times).
export async function findAuditEvents({ actor, input }: { actor: Actor; input: FindAuditEventsInput }): Promise<AuditPage> {
  assertCan(actor, 'audit:read');
  const startOf = (day: string) => zonedLocalToInstant(`${day}T00:00`, officeTimeZone);
  const { rows, hasMore } = await listAuditEvents({
    entityType: input.entity,
    from: input.from ? startOf(input.from) : undefined,
    until: input.to ? startOf(addDays(input.to, 1)) : undefined,
    before: input.before,
    after: input.after,
    limit: auditPageSize,
  });
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  // Reading down from a cursor, the newer side is where we came from; reading up, the older side is.
  const hasNewer = input.after ? hasMore : input.before !== undefined;
  const hasOlder = input.after ? true : hasMore;
  return {
    items: await describeEvents(rows),
    newerThan: hasNewer && first !== undefined ? first : null,
    olderThan: hasOlder && last !== undefined ? last : null,
  };
}
