import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { AppError } from './errors';
import { can, type UnscopedPermission } from './permissions';
import { requireActor } from './session';

/** For pages: the signed-in actor if they hold a permission that needs no record, else the 403 page. */
export async function requirePermission(permission: UnscopedPermission) {
  const actor = await requireActor();
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For pages: a use-case's refusal shown as the 404 or 403 page rather than as a crash. */
export async function orRefusalPage<T>(result: Promise<T>): Promise<T> {
  try {
    return await result;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof AppError && error.code === 'FORBIDDEN') forbidden();
    throw error;
  }
}
