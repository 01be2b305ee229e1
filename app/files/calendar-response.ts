import 'server-only';
import { getTranslations } from 'next-intl/server';
import { AppError } from '@/lib/errors';
import { contentDisposition } from './download-headers';

/** A calendar file's answer: the file, or "not found" in words where there is nothing to give. */
export async function calendarResponse(make: () => Promise<{ body: string; fileName: string }>): Promise<Response> {
  let file;
  try {
    file = await make();
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    const t = await getTranslations('pages');
    return new Response(t('notFoundTitle'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': contentDisposition(file.fileName),
      // A status change (a cancellation) must reach the next download: no cache may answer it unasked.
      'Cache-Control': 'no-cache',
    },
  });
}
