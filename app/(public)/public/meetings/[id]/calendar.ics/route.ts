import { getTranslations } from 'next-intl/server';
import { publicUrl } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { buildMeetingCalendar } from '@/lib/meetings/meeting-calendar';
import { getPublicMeeting } from '@/lib/meetings/get-public-meeting';

// The meeting and its sessions as an iCalendar file, for anyone who can see the public page.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let data;
  try {
    data = await getPublicMeeting({ input: { meetingId: id } });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    const t = await getTranslations('pages');
    return new Response(t('notFoundTitle'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const pageUrl = new URL(`/public/meetings/${id}`, publicUrl).toString();
  const body = buildMeetingCalendar({ meeting: data.meeting, sessions: data.sessions, pageUrl });
  const fileName = `${data.meeting.seriesCode}-${data.meeting.number}.ics`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      // A status change (a cancellation) must reach the next download: no cache may answer it unasked.
      'Cache-Control': 'no-cache',
    },
  });
}
