import { downloadResponse } from '@/app/files/download-response';
import { isId } from '@/lib/schemas';
import { AppError } from '@/lib/errors';
import { getAmendmentsCompilation } from '@/lib/statements/get-amendments-compilation';
import { requireActor } from '@/lib/session';

// The compilation of amendments as it stands now, to print for the negotiation: a working paper, not a
// meeting document.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; statementId: string }> }): Promise<Response> {
  const { id, statementId } = await params;
  const actor = await requireActor();
  return downloadResponse(async () => {
    if (!isId(id) || !isId(statementId)) throw new AppError('NOT_FOUND', 'statementNotFound');
    return getAmendmentsCompilation({ actor, input: { meetingId: id, statementId } });
  });
}
