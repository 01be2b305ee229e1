import { listParticipants, participantListTitle } from '@/lib/participants/get-participant-list';
import { renderParticipantListPdf } from '@/lib/participants/list-pdf';
import { meetingLine } from '@/lib/participants/meeting-line';
import { requireActor } from '@/lib/session';
import { downloadResponse } from '@/app/files/download-response';

// The list as it stands today, to print: not a meeting document until staff issue it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const actor = await requireActor();
  return downloadResponse(async () => {
    const { meeting, participants } = await listParticipants({ actor, input: { meetingId: id } });
    const body = await renderParticipantListPdf({ meetingTitle: meeting.title, meetingLine: meetingLine(meeting), title: participantListTitle }, participants);
    return { body, contentType: 'application/pdf', fileName: `participants-${meeting.seriesCode}-${meeting.number}.pdf` };
  });
}
