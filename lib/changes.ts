// What a change did to a record, field by field: stored in audit events, shown in the audit log and
// in the message that refuses an edit made over a newer version.

import { calendarDay } from './time-zones';

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

/**
 * A field's change in the reader's words: its label and each side as text (`before` absent for a
 * created record, `after` for a removed one). Worded on the server, so the browser, which shows it in
 * a refusal, needs none of the labels, statuses and roles it may name.
 */
export type ShownChange = { field: string; label: string; before?: string; after?: string };

/** The part of next-intl's translator (root, not namespaced: terms name any namespace) that wording a change needs. */
type Translate = { (key: string): string; has(key: string): boolean };
type FormatDate = { dateTime(value: Date, options: { dateStyle: 'medium'; timeStyle?: 'short'; timeZone: string }): string };

/** Words the changes: labels from `audit.fields`, values in the reader's language and the record's zone. */
export function showChanges(changes: readonly FieldChange[], t: Translate, format: FormatDate): ShownChange[] {
  const show = (value: ChangeValue): string => {
    if (value === null) return t('audit.none');
    switch (value.kind) {
      case 'text':
        return value.text;
      case 'date':
        return format.dateTime(calendarDay(value.date), { dateStyle: 'medium', timeZone: 'UTC' });
      case 'instant':
        return format.dateTime(new Date(value.at), { dateStyle: 'medium', timeStyle: 'short', timeZone: value.timeZone });
      case 'term':
        return t.has(value.key) ? t(value.key) : value.key;
    }
  };
  return changes.map(({ field, before, after }) => ({
    field,
    label: t.has(`audit.fields.${field}`) ? t(`audit.fields.${field}`) : field,
    ...(before !== undefined && { before: show(before) }),
    ...(after !== undefined && { after: show(after) }),
  }));
}

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
