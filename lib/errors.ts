export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID_STATE';

/**
 * A refusal a user can act on. `messageKey` and the field errors are keys of the `errors`
 * namespace of the message catalog, so the form shows them in the user's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

const uniqueViolation = '23505';

// Drizzle wraps driver errors; both postgres.js and PGlite put the SQLSTATE in `code`.
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint: pgliteConstraint } = current as Record<string, unknown>;
    if (code === uniqueViolation) {
      return !constraint || constraint_name === constraint || pgliteConstraint === constraint;
    }
  }
  return false;
}
