import 'server-only';
import { AppError } from '@/lib/errors';

/** A download's answer: the file, or the refusal as plain text (403 / 404). */
export async function downloadResponse(make: () => Promise<{ body: Uint8Array | string; contentType: string; fileName: string }>): Promise<Response> {
  try {
    const file = await make();
    return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.()-]+/g, '-')}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
      return new Response(error.code === 'NOT_FOUND' ? 'Not found' : 'Forbidden', {
        status: error.code === 'NOT_FOUND' ? 404 : 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
      });
    }
    throw error;
  }
}
