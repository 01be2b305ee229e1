import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { getActor } from '@/lib/session';

/** A CSV download for a signed-in reader; anyone else gets 401 or 403, an unknown name 404. */
export async function csvResponse(fileName: string, build: (actor: Actor) => Promise<string>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response('Sign in first.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const body = await build(actor);
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      return new Response(error.code === 'FORBIDDEN' ? 'Forbidden' : 'Not found', { status: error.code === 'FORBIDDEN' ? 403 : 404 });
    }
    throw error;
  }
}
