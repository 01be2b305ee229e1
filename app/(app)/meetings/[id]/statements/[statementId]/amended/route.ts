import { downloadResponse } from '@/app/files/download-response';
import { isId } from '@/lib/schemas';
import { AppError } from '@/lib/errors';
import { getAmendedTextDocx } from '@/lib/statements/get-amended-text-docx';
import { requireActor } from '@/lib/session';

// The text as amended so far, in Word with tracked changes: a working paper for capitals, not a meeting document.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; statementId: string }> }): Promise<Response> {
  const { id, statementId } = await params;
  const actor = await requireActor();
  return downloadResponse(async () => {
    if (!isId(id) || !isId(statementId)) throw new AppError('NOT_FOUND', 'statementNotFound');
    return getAmendedTextDocx({ actor, input: { meetingId: id, statementId } });
  });
}
