import 'server-only';
import { getTranslations } from 'next-intl/server';
import { AppError } from '@/lib/errors';
import { contentDisposition, fileNotFound } from './download-headers';

/** A made file's answer (a letter, badges, a compilation): the file, or the refusal in words (403 / 404), as a stored document's. */
export async function downloadResponse(make: () => Promise<{ body: Uint8Array | string; contentType: string; fileName: string }>): Promise<Response> {
  try {
    const file = await make();
    return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': contentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'NOT_FOUND' && error.code !== 'FORBIDDEN')) throw error;
    if (error.code === 'NOT_FOUND') return fileNotFound();
    return new Response((await getTranslations('errors'))('forbidden'), {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  }
}
