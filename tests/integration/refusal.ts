import { expect } from 'vitest';
import { AppError } from '@/lib/errors';

/** The AppError a use-case refused with; a step that went through, or failed otherwise, fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
