import { stringify } from 'csv-stringify/sync';
import { listParticipants } from '@/lib/participants/get-participant-list';
import { participantCsvRows } from '@/lib/participants/csv';
import { requireActor } from '@/lib/session';
import { downloadResponse } from '@/app/files/download-response';

// The list of participants as a spreadsheet, for staff and the meeting's chair.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const actor = await requireActor();
  return downloadResponse(async () => {
    const { meeting, participants } = await listParticipants({ actor, input: { meetingId: id } });
    // A byte order mark, so spreadsheet programs read the names as UTF-8.
    return {
      body: `\uFEFF${stringify(participantCsvRows(participants), { record_delimiter: 'windows' })}`,
      contentType: 'text/csv; charset=utf-8',
      fileName: `participants-${meeting.seriesCode}-${meeting.number}.csv`,
    };
  });
}
