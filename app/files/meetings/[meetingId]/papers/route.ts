import { z } from 'zod';
import { getPapersPackage } from '@/lib/documents/get-papers-package';
import { AppError } from '@/lib/errors';
import { idSchema } from '@/lib/schemas';
import { getActor } from '@/lib/session';
import { contentDisposition, fileNotFound } from '../../../download-headers';

const paramsSchema = z.object({ meetingId: idSchema });

// A meeting's papers in one ZIP, those the reader may open. What it holds depends on who asks, so no
// cache keeps it.
export async function GET(_request: Request, { params }: { params: Promise<{ meetingId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return fileNotFound();
  try {
    const { fileName, content } = await getPapersPackage({ actor: await getActor(), input: parsed.data });
    return new Response(new Uint8Array(content), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': contentDisposition(fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return fileNotFound();
    throw error;
  }
}
