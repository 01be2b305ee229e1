import { getParticipationLetter } from '@/lib/participants/get-participation-letter';
import { requireActor } from '@/lib/session';
import { downloadResponse } from '@/app/files/download-response';

// A participant's letter confirming their participation, made when asked: it carries the day it is issued.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; registrationId: string }> }): Promise<Response> {
  const { id, registrationId } = await params;
  const actor = await requireActor();
  return downloadResponse(async () => {
    const letter = await getParticipationLetter({ actor, input: { meetingId: id, registrationId } });
    return { ...letter, contentType: 'application/pdf' };
  });
}
