import { renderBadges } from '@/lib/participants/render-badges';
import { requireActor } from '@/lib/session';
import { downloadResponse } from '@/app/files/download-response';

// Badges of the approved in-person participants, or of one delegation (?delegation=<id>).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const actor = await requireActor();
  const delegationId = new URL(request.url).searchParams.get('delegation') ?? undefined;
  return downloadResponse(async () => {
    const { meeting, bytes } = await renderBadges({ actor, input: { meetingId: id, delegationId } });
    return { body: bytes, contentType: 'application/pdf', fileName: `badges-${meeting.seriesCode}-${meeting.number}.pdf` };
  });
}
