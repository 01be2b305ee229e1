import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ModerationQueue } from '@/components/registrations/moderation-queue';
import { buttonClasses } from '@/components/ui/button';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { orRefusalPage } from '@/lib/page-guards';
import { findRegistrationQueue } from '@/lib/registrations/read';
import { registrationQueueParamsSchema } from '@/lib/registrations/schemas';
import { registrationStatuses } from '@/lib/registrations/values';
import { requireActor } from '@/lib/session';
import { decideRegistrationsAction } from './actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrations'))('queueTitle') };
}

export default async function RegistrationQueuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = registrationQueueParamsSchema.parse(await searchParams);
  const actor = await requireActor();
  const [{ meeting, page, partyOptions }, t] = await Promise.all([
    orRefusalPage(findRegistrationQueue({ actor, input: { meetingId: id, params: query } })),
    getTranslations('registrations'),
  ]);
  const path = `/meetings/${meeting.id}/registrations`;
  return (
    <ClientMessages namespaces={['registrations', 'common']} formErrors={['common', 'registrations']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('queueTitle')} intro={`${meeting.title}. ${t('queueIntro')}`} />
      <form action={path} className="mb-4 flex flex-wrap items-end gap-3">
        <FilterSelect id="queue-party" name="party" label={t('filterParty')} allLabel={t('allParties')} options={partyOptions} selected={query.party} className="min-w-48" />
        <FilterSelect
          id="queue-status"
          name="status"
          label={t('filterStatus')}
          allLabel={t('allStatuses')}
          options={registrationStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          selected={query.status}
        />
        <button type="submit" className={buttonClasses('secondary')}>
          {t('filter')}
        </button>
      </form>
      <ModerationQueue key={`${query.party}-${query.status}-${page.page}`} meetingId={meeting.id} rows={page.items} action={decideRegistrationsAction} />
      <Pagination page={page.page} pageCount={page.pageCount} path={path} params={{ party: query.party, status: query.status }} />
    </ClientMessages>
  );
}
