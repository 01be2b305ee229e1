import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CalendarSubscription } from '@/components/meetings/calendar-subscription';
import { MeetingList } from '@/components/meetings/meeting-list';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { programmeName } from '@/lib/config';
import { findPublicMeetings } from '@/lib/meetings/find-meetings';
import { programmeCalendarUrls } from '@/lib/meetings/meeting-calendar';
import { findMeetingsSchema } from '@/lib/meetings/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('publicMeeting'))('listTitle', { programme: programmeName }) };
}

// Where anyone, signed out, finds the programme's meetings, upcoming first, each leading to its public page.
export default async function PublicMeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const input = findMeetingsSchema.parse(await searchParams);
  const [meetings, t] = await Promise.all([findPublicMeetings({ input }), getTranslations('publicMeeting')]);
  return (
    <>
      <PageHeader title={t('listTitle', { programme: programmeName })} intro={t('listIntro')} />
      <MeetingList meetings={meetings.items} isFiltered={false} isPublic />
      <Pagination page={meetings.page} pageCount={meetings.pageCount} path="/public" params={{}} />
      <CalendarSubscription urls={programmeCalendarUrls()} />
    </>
  );
}
