import 'server-only';
import type { Executor } from '@/db/client';
import { db } from '@/db/client';
import { findRecordLabels, listEventsAfterVersion, type AuditEventRow, type RecordLabel, type RecordLabelKind } from '@/db/queries/audit';
import type { FieldChange } from '../changes';
import { officeTimeZone } from '../config';
import { isId } from '../schemas';
import { auditEntityTypes } from './schemas';
import { collectReferences, describeChange, mergeChanges, type NameOf } from './describe-change';

/** An audit event as the log shows it: which record (named, with its page), and each field's change. */
export type DescribedEvent = Omit<AuditEventRow, 'change'> & {
  record: { label: string; href: string | null } | null;
  changes: FieldChange[];
};

const recordKinds = new Set<string>(auditEntityTypes);
// The records the log names: those events are recorded against, and those a change names by id.
const labelKinds: RecordLabelKind[] = [...auditEntityTypes, 'series', 'agendaItem'];

function recordHref(label: RecordLabel): string | null {
  if (label.kind === 'user') return `/admin/users/${label.id}`;
  if (label.kind === 'meeting') return `/meetings/${label.id}`;
  if (label.kind === 'document' && label.meetingId) return `/meetings/${label.meetingId}`;
  if (label.kind === 'party') return '/admin/parties';
  if (label.kind === 'invitation' && label.meetingId) return `/meetings/${label.meetingId}/invitations`;
  if (label.kind === 'notice' && label.meetingId) return `/meetings/${label.meetingId}/notices`;
  if (label.kind === 'statement' && label.meetingId) return `/meetings/${label.meetingId}/statements/${label.id}`;
  if (label.kind === 'registration' && label.meetingId) return `/meetings/${label.meetingId}/delegations/${label.ownerId}`;
  if (label.kind === 'delegation' && label.meetingId) return `/meetings/${label.meetingId}/delegations/${label.id}`;
  if (label.kind === 'project') return `/programme/projects/${label.id}`;
  if (label.kind === 'review') return `/programme/projects/${label.ownerId}`;
  if (label.kind === 'area') return '/programme/areas';
  if (label.kind === 'contribution') return '/programme/contributions';
  return null;
}

async function labelsFor(events: Pick<AuditEventRow, 'entityType' | 'entityId' | 'change'>[], ex: Executor) {
  const references: Partial<Record<RecordLabelKind, Set<string>>> = collectReferences(events.map((event) => event.change));
  const ids = Object.fromEntries(labelKinds.map((kind) => [kind, new Set(references[kind])])) as Record<RecordLabelKind, Set<string>>;
  // A failed sign-in with an unknown email names no record (its id is empty).
  for (const event of events) if (recordKinds.has(event.entityType) && isId(event.entityId)) ids[event.entityType as RecordLabelKind].add(event.entityId);
  const labels = await findRecordLabels(
    Object.fromEntries(labelKinds.map((kind) => [kind, [...ids[kind]].filter(isId)])) as Record<RecordLabelKind, string[]>,
    ex,
  );
  const byKey = new Map(labels.map((label) => [`${label.kind}:${label.id}`, label]));
  const find = (kind: string, id: string) => byKey.get(`${kind}:${id}`);
  const nameOf: NameOf = (kind, id) => find(kind, id)?.label;
  // Times of a record of a meeting (its sessions, registrations, statements ...) are read in the
  // meeting's zone; any other in the office's.
  const timeZoneOf = (event: Pick<AuditEventRow, 'entityType' | 'entityId'>) => find(event.entityType, event.entityId)?.timeZone ?? officeTimeZone;
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
