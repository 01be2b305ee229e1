import { z } from 'zod';
import { getDocumentFile } from '@/lib/documents/get-document-file';
import { AppError } from '@/lib/errors';
import { idSchema } from '@/lib/schemas';
import { getActor } from '@/lib/session';
import { downloadHeaders, fileNotFound } from '../download-headers';

const paramsSchema = z.object({ documentId: idSchema });

// A document's file, for anyone who may read it; a restricted one is "not found" to everyone else.
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return fileNotFound();
  try {
    const document = await getDocumentFile({ actor: await getActor(), input: parsed.data });
    return new Response(new Uint8Array(document.content), { headers: downloadHeaders(document) });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return fileNotFound();
    throw error;
  }
}
