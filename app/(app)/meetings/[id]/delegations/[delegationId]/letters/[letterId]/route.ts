import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { getCredentialsLetter } from '@/lib/registrations/read';
import { idSchema } from '@/lib/schemas';
import { getActor } from '@/lib/session';
import { contentDisposition } from '@/app/files/download-headers';

const paramsSchema = z.object({ letterId: idSchema });

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });

// A delegation's credentials letter: for the secretariat and the delegation's head; anyone else is told it does not exist.
export async function GET(_request: Request, { params }: { params: Promise<{ letterId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  const actor = await getActor();
  if (!parsed.success || !actor) return notFound();
  try {
    const letter = await getCredentialsLetter({ actor, input: parsed.data });
    // The same headers as a restricted document's download (app/files/download-headers.ts).
    return new Response(new Uint8Array(letter.content), {
      headers: {
        'Content-Type': letter.contentType,
        'Content-Length': String(letter.content.byteLength),
        'Content-Disposition': contentDisposition(letter.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return notFound();
    throw error;
  }
}
