import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { NoticeForm } from '@/components/notices/notice-controls';
import { NoticeList } from '@/components/notices/notice-list';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Panel } from '@/components/ui/panel';
import { findNotices } from '@/lib/notices/find-notices';
import { findNoticesSchema } from '@/lib/notices/schemas';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { sendNoticeAction } from './actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notices'))('title') };
}

// Staff write to the meeting's registered participants and read what was sent before; a participant reads what was sent to them.
export default async function MeetingNoticesPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { page } = findNoticesSchema.parse(query);
  const [found, t] = await Promise.all([
    orRefusalPage(findNotices({ actor, input: { meetingId: id, page } })),
    getTranslations('notices'),
  ]);
  const { meeting, notices, canSend } = found;
  const list = (
    <>
      <NoticeList notices={notices.items} timeZone={meeting.timeZone} showsRecipients={canSend} />
      <Pagination page={notices.page} pageCount={notices.pageCount} path={`/meetings/${meeting.id}/notices`} />
    </>
  );
  return (
    <ClientMessages hasClientParts={canSend} namespaces={['notices', 'common']} formErrors={['common', 'registrations']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('title')} intro={`${meeting.title}. ${t(canSend ? 'intro' : 'introForParticipant')}`} />
      {found.canSend ? (
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <Panel title={t('writeTitle')}>
            <NoticeForm meetingId={meeting.id} audienceSizes={found.audienceSizes} action={sendNoticeAction} />
          </Panel>
          <Panel title={t('listTitle')} intro={t('listIntro', { count: notices.total })}>
            {list}
          </Panel>
        </div>
      ) : (
        <div className="max-w-3xl">
          <Panel title={t('forYouTitle')} intro={t('listIntro', { count: notices.total })}>
            {list}
          </Panel>
        </div>
      )}
    </ClientMessages>
  );
}
