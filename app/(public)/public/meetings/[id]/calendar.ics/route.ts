import { calendarResponse } from '@/app/files/calendar-response';
import { buildMeetingCalendar, publicMeetingUrl } from '@/lib/meetings/meeting-calendar';
import { getPublicMeeting } from '@/lib/meetings/get-public-meeting';

// The meeting and its sessions as an iCalendar file, for anyone who can see the public page.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return calendarResponse(async () => {
    const { meeting, sessions } = await getPublicMeeting({ input: { meetingId: id } });
    return {
      body: buildMeetingCalendar({ meeting, sessions, pageUrl: publicMeetingUrl(id) }),
      fileName: `${meeting.seriesCode}-${meeting.number}.ics`,
    };
  });
}
