import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MeetingList } from '@/components/meetings/meeting-list';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { findMeetings } from '@/lib/meetings/find-meetings';
import { findMeetingsSchema } from '@/lib/meetings/schemas';
import { requireActor } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const input = findMeetingsSchema.parse(await searchParams);
  const [meetings, t] = await Promise.all([findMeetings({ actor, input }), getTranslations('home')]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <MeetingList meetings={meetings.items} />
      <Pagination page={meetings.page} pageCount={meetings.pageCount} path="/" />
    </>
  );
}
