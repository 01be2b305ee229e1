import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDocumentFile } from '@/lib/documents/get-document-file';
import { AppError } from '@/lib/errors';
import { idSchema } from '@/lib/schemas';
import { getActor } from '@/lib/session';
import { downloadHeaders } from '../download-headers';

const paramsSchema = z.object({ documentId: idSchema });

async function notFound(): Promise<Response> {
  const t = await getTranslations('documents');
  return new Response(t('fileNotFound'), {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

// A document's file, for anyone who may read it; a restricted one is "not found" to everyone else.
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return notFound();
  try {
    const document = await getDocumentFile({ actor: await getActor(), input: parsed.data });
    return new Response(new Uint8Array(document.content), { headers: downloadHeaders(document) });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return notFound();
    throw error;
  }
}
