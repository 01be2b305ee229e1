import { getTranslations } from 'next-intl/server';
import type { Document } from '@/db/schema';
import { downloadFileName } from '@/lib/documents/file-names';

type Downloadable = Pick<Document, 'symbol' | 'language' | 'fileName' | 'contentType' | 'isPublic' | 'content'>;

// RFC 5987 attr-char leaves only letters, digits and !#$&+-.^_`|~ unencoded.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with a plain ASCII filename for old clients and the exact one as filename* (RFC 6266
 * and 5987), so a symbol with any character (the prefix is configuration) survives the trip.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** The headers of a document's download: always saved as a file, never sniffed, restricted ones never cached. */
export function downloadHeaders(document: Downloadable): Headers {
  return new Headers({
    'Content-Type': document.contentType,
    // Next's server drops it from route handler responses and sends the body chunked (16.4); kept
    // for any other runtime and for the handler's own tests.
    'Content-Length': String(document.content.byteLength),
    'Content-Disposition': contentDisposition(downloadFileName(document)),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': document.isPublic ? 'public, max-age=300' : 'private, no-store',
  });
}

/** What a download link answers when there is nothing it may give: the same for missing and forbidden. */
export async function fileNotFound(): Promise<Response> {
  const t = await getTranslations('documents');
  return new Response(t('fileNotFound'), {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
