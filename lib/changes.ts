// What a change did to a record, field by field: stored in audit events, shown in the audit log and
// in the message that refuses an edit made over a newer version.

/** One field as an audit event stores it: raw values (ids, ISO dates and instants); a created record has no before, a removed one no after. */
export type StoredFieldChange = { before?: unknown; after?: unknown };
export type StoredFieldChanges = Record<string, StoredFieldChange>;

/** A value ready to show: names instead of ids, dates and instants with the zone they belong to. */
export type ChangeValue =
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: string }
  | { kind: 'instant'; at: string; timeZone: string }
  /** A word from the catalog: a status, a role, yes or no. */
  | { kind: 'term'; key: string }
  | null;

/** One field as a reader sees it change; `field` names its label in the catalog (audit.fields). */
export type FieldChange = { field: string; before?: ChangeValue; after?: ChangeValue };

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/**
 * The fields whose values differ between two versions of a record, with both values, in the order
 * of `fields`. Dates become ISO strings so the change survives JSON.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): StoredFieldChanges {
  const changes: StoredFieldChanges = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = comparable(before[field]);
    const to = comparable(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { before: from, after: to };
  }
  return changes;
}

/** The values of a new (or removed) record, as its audit event keeps them. */
export function recordFields<T extends Record<string, unknown>>(
  record: T,
  fields: readonly (keyof T & string)[],
  side: 'after' | 'before' = 'after',
): StoredFieldChanges {
  return Object.fromEntries(fields.map((field) => [field, { [side]: comparable(record[field]) }]));
}

/**
 * Stores fields under the names the audit log reads them by, where a record's column shares its name
 * with another record's (a registration's `status` is not a meeting's): `{ status: 'registrationStatus' }`.
 */
export function renamedFields(changes: StoredFieldChanges, names: Record<string, string>): StoredFieldChanges {
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [names[field] ?? field, change]));
}
