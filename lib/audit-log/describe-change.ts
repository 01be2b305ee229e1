import type { ChangeValue, FieldChange, StoredFieldChanges } from '../changes';

/** The records a change may name by id. */
export const referenceKinds = ['user', 'party', 'series', 'agendaItem', 'area', 'project', 'meeting'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];
export type References = Record<ReferenceKind, Set<string>>;
/** The current name of a referenced record; undefined once it is gone. */
export type NameOf = (kind: ReferenceKind, id: string) => string | undefined;

type FieldKind = 'text' | 'date' | 'instant' | 'boolean' | ReferenceKind | { termPrefix: string } | { listOf: ReferenceKind };

const isReferenceKind = (kind: FieldKind | undefined): kind is ReferenceKind => (referenceKinds as readonly unknown[]).includes(kind);

// How each stored field is shown. A field not listed is text.
const fieldKinds: Record<string, FieldKind> = {
  startDate: 'date',
  endDate: 'date',
  registrationOpensAt: 'instant',
  registrationClosesAt: 'instant',
  startsAt: 'instant',
  endsAt: 'instant',
  isPublic: 'boolean',
  isDisabled: 'boolean',
  mustChangePassword: 'boolean',
  partyId: 'party',
  hostPartyId: 'party',
  chairUserId: 'user',
  seriesId: 'series',
  status: { termPrefix: 'meetingStatus' },
  format: { termPrefix: 'meetingFormat' },
  role: { termPrefix: 'roles' },
  language: { termPrefix: 'documents.languages' },
  kind: { termPrefix: 'documents.kinds' },
  confirmedOutsideDates: { termPrefix: 'audit.calendarWarnings' },
  failure: { termPrefix: 'audit.signInFailures' },
  lockedUntil: 'instant',
  itemKind: { termPrefix: 'agenda.kinds' },
  presenterKind: { termPrefix: 'agenda.presenterKinds' },
  presenterPartyId: 'party',
  ownerPartyId: 'party',
  isRecurring: 'boolean',
  dueByNextMeeting: 'boolean',
  dueDate: 'date',
  adoptedAt: 'instant',
  agendaStatus: { termPrefix: 'agenda.status' },
  itemStatus: { termPrefix: 'agenda.itemStatus' },
  followUpStatus: { termPrefix: 'agenda.followUpStatus' },
  arrivalDate: 'date',
  day: 'date',
  departureDate: 'date',
  confirmedByHeadAt: 'instant',
  isListedPublicly: 'boolean',
  delegationRole: { termPrefix: 'registrations.roles' },
  participation: { termPrefix: 'registrations.modes' },
  credentialsStatus: { termPrefix: 'registrations.credentialsStatuses' },
  registrationStatus: { termPrefix: 'registrations.statuses' },
  leadPartyId: 'party',
  partnerPartyIds: { listOf: 'party' },
  areaId: 'area',
  projectId: 'project',
  meetingId: 'meeting',
  commentDeadline: 'date',
  agendaItemId: 'agendaItem',
  retiredAt: 'instant',
  projectStatus: { termPrefix: 'programme.statuses' },
  rating: { termPrefix: 'programme.ratings' },
  fundingSource: { termPrefix: 'programme.fundingSources' },
  contributionKind: { termPrefix: 'programme.contributionKinds' },
  partyKind: { termPrefix: 'partyKinds' },
  accountStatus: { termPrefix: 'accountStatus' },
  expiresAt: 'instant',
  statementStatus: { termPrefix: 'statements.statuses' },
  statementKind: { termPrefix: 'statements.kinds' },
  statementCommentDeadline: 'instant',
  silenceDeadline: 'instant',
  evaluationClosesAt: 'instant',
  finalizedAt: 'instant',
  publishedAt: 'instant',
  adoptionManner: { termPrefix: 'statements.manners' },
  amendmentStatus: { termPrefix: 'statements.amendmentStatuses' },
  amendmentKind: { termPrefix: 'statements.amendmentKinds' },
  screenShows: { termPrefix: 'floor.screen.shows' },
  positionKind: { termPrefix: 'statements.positionKinds' },
  noticeAudience: { termPrefix: 'notices.audiences' },
  floorStatus: { termPrefix: 'floor.statuses' },
};

// The order fields are shown in: as forms show them. jsonb keeps no key order, so it is restored here;
// a field not listed follows, alphabetically.
const displayOrder = [
  'seriesId', 'number', 'title', 'name', 'email', 'role', 'partyId', 'startDate', 'endDate', 'timeZone', 'city', 'hostPartyId',
  'venue', 'format', 'chairUserId', 'registrationOpensAt', 'registrationClosesAt', 'description', 'status', 'cancellationReason',
  'startsAt', 'endsAt', 'room', 'symbol', 'language', 'isPublic', 'fileName', 'isDisabled', 'mustChangePassword',
  'code', 'partyKind', 'position', 'accountStatus', 'reason', 'retiredAt', 'expiresAt',
];
const rank = (field: string) => {
  const index = displayOrder.indexOf(field);
  return index < 0 ? displayOrder.length : index;
};
const byDisplayOrder = ([a]: [string, unknown], [b]: [string, unknown]) => rank(a) - rank(b) || a.localeCompare(b);

// Kept in events for the machinery (conflict checks, links), not for readers.
const internalKeys = new Set(['version', 'sessionId', 'meetingId', 'itemId', 'invitationId']);

/** The stored change in one shape: its fields, plus any other notes (a reason, a count) as fields with only a value. */
function storedFields(change: Record<string, unknown>): StoredFieldChanges {
  const fields: StoredFieldChanges = { ...((change.fields as StoredFieldChanges | undefined) ?? {}) };
  for (const [key, value] of Object.entries(change)) {
    if (key === 'fields' || internalKeys.has(key)) continue;
    fields[key] = { after: value };
  }
  return fields;
}

/** Every id a change names, by kind, so one query can fetch their names. */
export function collectReferences(changes: Record<string, unknown>[], into?: References): References {
  const references = into ?? (Object.fromEntries(referenceKinds.map((kind) => [kind, new Set<string>()])) as References);
  for (const change of changes) {
    for (const [field, { before, after }] of Object.entries(storedFields(change))) {
      const kind = fieldKinds[field];
      const target = isReferenceKind(kind) ? kind : typeof kind === 'object' && 'listOf' in kind ? kind.listOf : undefined;
      if (!target) continue;
      for (const id of [before, after].flat()) if (typeof id === 'string') references[target].add(id);
    }
  }
  return references;
}

function describeValue(kind: FieldKind, value: unknown, nameOf: NameOf, timeZone: string): ChangeValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof kind === 'object' && 'listOf' in kind) {
    const ids = Array.isArray(value) ? value.map(String) : [];
    return ids.length === 0 ? null : { kind: 'text', text: ids.map((id) => nameOf(kind.listOf, id) ?? '?').join(', ') };
  }
  if (typeof kind === 'object') return { kind: 'term', key: `${kind.termPrefix}.${String(value)}` };
  switch (kind) {
    case 'date':
      return { kind: 'date', date: String(value) };
    case 'instant':
      return { kind: 'instant', at: String(value), timeZone };
    case 'boolean':
      return { kind: 'term', key: value ? 'audit.yes' : 'audit.no' };
    case 'user':
    case 'party':
    case 'series':
    case 'agendaItem':
    case 'area':
    case 'project':
    case 'meeting': {
      const name = nameOf(kind, String(value));
      return name ? { kind: 'text', text: name } : { kind: 'term', key: 'audit.removedRecord' };
    }
    default:
      return { kind: 'text', text: typeof value === 'object' ? JSON.stringify(value) : String(value) };
  }
}

/**
 * A stored change as readers see it: each field with names for ids, instants in `timeZone` (the record's
 * own). A field with one value only (a record made or removed, a note) is left out when that value is
 * empty: "Dietary needs: (none)" on a new registration tells nothing.
 */
export function describeChange(change: Record<string, unknown>, nameOf: NameOf, timeZone: string): FieldChange[] {
  return Object.entries(storedFields(change))
    .sort(byDisplayOrder)
    .map(([field, stored]) => {
      const kind = fieldKinds[field] ?? 'text';
      const described: FieldChange = { field };
      if ('before' in stored) described.before = describeValue(kind, stored.before, nameOf, timeZone);
      if ('after' in stored) described.after = describeValue(kind, stored.after, nameOf, timeZone);
      return described;
    })
    .filter(({ before, after }) => (before !== undefined && after !== undefined) || (after === undefined ? before : after) !== null);
}

/**
 * Several changes of one record in a row, as one: each field from its first value to its last. What
 * an edit over an older version is shown when it is refused.
 */
export function mergeChanges(changes: Record<string, unknown>[]): Record<string, unknown> {
  const merged: StoredFieldChanges = {};
  for (const change of changes) {
    for (const [field, stored] of Object.entries((change.fields as StoredFieldChanges | undefined) ?? {})) {
      const earlier = merged[field];
      merged[field] = earlier ? { before: earlier.before, after: stored.after } : { ...stored };
    }
  }
  return { fields: merged };
}
