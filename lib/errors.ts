import type { FieldChange } from './changes';

export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID_STATE' | 'RATE_LIMITED';

/** Values a catalog message interpolates ("{count} sessions would fall outside ..."). */
export type MessageValues = Record<string, string | number>;

type Details = {
  /** Values the message interpolates. */
  values?: MessageValues;
  /** For an edit refused because the record changed meanwhile: what changed, field by field. */
  changes?: FieldChange[];
};

/**
 * A refusal a user can act on. `messageKey` and the field errors are keys of the message catalog's
 * `errors` (or, for the words the browser's checks share, `browserErrors`): the server words them in
 * the user's language for the form to show.
 */
export class AppError extends Error {
  readonly values?: MessageValues;
  readonly changes?: FieldChange[];

  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string,
    readonly fieldErrors?: Record<string, string>,
    details: Details = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
    this.values = details.values;
    this.changes = details.changes;
  }
}

const uniqueViolation = '23505';

/**
 * Whether the error is a unique violation of that one constraint. The name is required: a use-case
 * that maps "already taken" to a field must not mistake another constraint's violation for it.
 * Drizzle wraps driver errors; postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint: pgliteConstraint } = current as Record<string, unknown>;
    if (code === uniqueViolation) return constraint_name === constraint || pgliteConstraint === constraint;
  }
  return false;
}
