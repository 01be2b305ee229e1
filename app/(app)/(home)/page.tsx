import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WaitingTasks } from '@/components/home/waiting-tasks';
import { CalendarSubscription } from '@/components/meetings/calendar-subscription';
import { MeetingFilters } from '@/components/meetings/meeting-filters';
import { MeetingList } from '@/components/meetings/meeting-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getWaitingTasks } from '@/lib/home/get-waiting-tasks';
import { findMeetings } from '@/lib/meetings/find-meetings';
import { programmeCalendarUrls } from '@/lib/meetings/meeting-calendar';
import { findMeetingsSchema } from '@/lib/meetings/schemas';
import { can } from '@/lib/permissions';
import { requireActorWithParty } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, party } = await requireActorWithParty();
  const input = findMeetingsSchema.parse(await searchParams);
  const [meetings, waiting, t] = await Promise.all([findMeetings({ actor, input }), getWaitingTasks({ actor, party }), getTranslations('home')]);
  const selectedSeries = meetings.series.find((s) => s.code === input.series);
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={can(actor, 'meetings:manage') && <ButtonLink href="/meetings/new">{t('new')}</ButtonLink>}
      />
      {waiting && (
        <div className="mb-6">
          <WaitingTasks tasks={waiting.tasks} hasMore={waiting.hasMore} isQueues={waiting.isQueues} />
        </div>
      )}
      <MeetingFilters series={meetings.series} years={meetings.years} selected={input} />
      <MeetingList meetings={meetings.items} isFiltered={Boolean(input.series || input.year)} />
      <Pagination
        page={meetings.page}
        pageCount={meetings.pageCount}
        path="/"
        params={{ series: input.series, year: input.year ? String(input.year) : undefined }}
      />
      {/* Filtered to a series, the feed follows it; a year is no filter for what is still to come. */}
      <CalendarSubscription urls={programmeCalendarUrls(selectedSeries?.code)} seriesName={selectedSeries?.name} />
    </>
  );
}
