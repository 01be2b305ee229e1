import 'server-only';
import type { Executor } from '@/db/client';
import { db } from '@/db/client';
import { findRecordLabels, listEventsAfterVersion, type AuditEventRow, type RecordLabel, type RecordLabelKind } from '@/db/queries/audit';
import type { FieldChange } from '../changes';
import { officeTimeZone } from '../config';
import { isId } from '../schemas';
import { collectReferences, describeChange, mergeChanges, type NameOf } from './describe-change';

/** An audit event as the log shows it: which record (named, with its page), and each field's change. */
export type DescribedEvent = Omit<AuditEventRow, 'change'> & {
  record: { label: string; href: string | null } | null;
  changes: FieldChange[];
};

const recordKinds = new Set<string>(['user', 'meeting', 'document', 'party', 'invitation', 'statement']);

function recordHref(label: RecordLabel): string | null {
  if (label.kind === 'user') return `/admin/users/${label.id}`;
  if (label.kind === 'meeting') return `/meetings/${label.id}`;
  if (label.kind === 'document' && label.meetingId) return `/meetings/${label.meetingId}`;
  if (label.kind === 'party') return '/admin/parties';
  if (label.kind === 'invitation' && label.meetingId) return `/meetings/${label.meetingId}/invitations`;
  if (label.kind === 'statement' && label.meetingId) return `/meetings/${label.meetingId}/statements/${label.id}`;
  return null;
}

async function labelsFor(events: Pick<AuditEventRow, 'entityType' | 'entityId' | 'change'>[], ex: Executor) {
  const references = collectReferences(events.map((event) => event.change));
  const ids: Record<RecordLabelKind, Set<string>> = { ...references, meeting: new Set(), document: new Set(), invitation: new Set(), statement: new Set() };
  // A failed sign-in with an unknown email names no record (its id is empty).
  for (const event of events) if (recordKinds.has(event.entityType) && isId(event.entityId)) ids[event.entityType as RecordLabelKind].add(event.entityId);
  const valid = (set: Set<string>) => [...set].filter(isId);
  const labels = await findRecordLabels(
    {
      user: valid(ids.user),
      party: valid(ids.party),
      series: valid(ids.series),
      agendaItem: valid(ids.agendaItem),
      meeting: valid(ids.meeting),
      document: valid(ids.document),
      invitation: valid(ids.invitation),
      statement: valid(ids.statement),
    },
    ex,
  );
  const byKey = new Map(labels.map((label) => [`${label.kind}:${label.id}`, label]));
  const find = (kind: string, id: string) => byKey.get(`${kind}:${id}`);
  const nameOf: NameOf = (kind, id) => find(kind, id)?.label;
  // Times of a meeting (and of its sessions) are read in the meeting's zone; any other in the office's.
  const timeZoneOf = (event: Pick<AuditEventRow, 'entityType' | 'entityId'>) =>
    (event.entityType === 'meeting' || event.entityType === 'statement' ? find(event.entityType, event.entityId)?.timeZone : null) ?? officeTimeZone;
  return { find, nameOf, timeZoneOf };
}

/** Events ready to show, with every id they name resolved in one round of queries. */
export async function describeEvents(events: AuditEventRow[], ex: Executor = db): Promise<DescribedEvent[]> {
  const { find, nameOf, timeZoneOf } = await labelsFor(events, ex);
  return events.map(({ change, ...event }) => {
    const label = find(event.entityType, event.entityId);
    return {
      ...event,
      record: label ? { label: label.label, href: recordHref(label) } : null,
      changes: describeChange(change, nameOf, timeZoneOf(event)),
    };
  });
}

/**
 * What happened to a record since the version an edit was based on: each field from then to now,
 * and who changed it. Refusing a stale edit shows this, so nothing is overwritten unseen.
 */
export async function changesSinceVersion(
  entity: { entityType: string; entityId: string },
  version: number,
  ex: Executor,
): Promise<{ changes: FieldChange[]; by: string[] }> {
  const events = await listEventsAfterVersion(entity, version, ex);
  const { nameOf, timeZoneOf } = await labelsFor(events, ex);
  const merged = mergeChanges(events.map((event) => event.change));
  const by = [...new Set(events.map((event) => event.actorName).filter((name): name is string => Boolean(name)))];
  return { changes: describeChange(merged, nameOf, timeZoneOf(entity)), by };
}
