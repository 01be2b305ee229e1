import { getTranslations } from 'next-intl/server';
import { calendarResponse } from '@/app/files/calendar-response';
import { programmeName } from '@/lib/config';
import { getProgrammeCalendar } from '@/lib/meetings/get-programme-calendar';
import { buildProgrammeCalendar } from '@/lib/meetings/meeting-calendar';
import { programmeCalendarSchema } from '@/lib/meetings/schemas';

// The programme's meetings, or one series', as a calendar to subscribe to: anyone may, as the public pages show them.
export async function GET(request: Request) {
  const input = programmeCalendarSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return calendarResponse(async () => {
    const [{ series, entries }, t] = await Promise.all([getProgrammeCalendar({ input }), getTranslations('publicMeeting')]);
    const name = series ? t('seriesCalendarName', { programme: programmeName, series: series.name }) : t('calendarName', { programme: programmeName });
    return {
      body: buildProgrammeCalendar({ name, entries }),
      fileName: series ? `${programmeName}-${series.code}-meetings.ics` : `${programmeName}-meetings.ics`,
    };
  });
}
