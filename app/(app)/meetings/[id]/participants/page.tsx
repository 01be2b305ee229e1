import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { IssueListButton } from '@/components/participants/issue-list-button';
import { ParticipantGroups } from '@/components/participants/participant-groups';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { orRefusalPage } from '@/lib/page-guards';
import { getParticipantList } from '@/lib/participants/get-participant-list';
import { requireActor } from '@/lib/session';
import { issueParticipantListAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('participants'))('title') };
}

export default async function ParticipantsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const [list, t] = await Promise.all([orRefusalPage(getParticipantList({ actor, input: { meetingId: id } })), getTranslations('participants')]);
  const { meeting, groups, can } = list;
  const base = `/meetings/${meeting.id}`;
  const badgesHrefs = can.badges
    ? Object.fromEntries(groups.map((group) => [group.partyId, `${base}/badges?delegation=${group.participants[0]!.delegationId}`]))
    : undefined;
  return (
    <ClientMessages hasClientParts={can.issue} namespaces={['participants', 'common']} formErrors={['common']}>
      <p className="mb-3 text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <PageHeader title={t('title')} intro={`${t('intro')} ${t('count', { count: list.total })}`} />
      <div className="mb-6 flex flex-wrap items-start gap-2">
        <a className={buttonClasses('secondary')} href={`${base}/participants/csv`} download>
          {t('downloadCsv')}
        </a>
        <a className={buttonClasses('secondary')} href={`${base}/participants/pdf`} download>
          {t('downloadPdf')}
        </a>
        {can.badges && (
          <a className={buttonClasses('secondary')} href={`${base}/badges`} download>
            {t('badges')}
          </a>
        )}
        {can.checkIn && (
          <ButtonLink variant="secondary" href={`${base}/check-in`}>
            {t('checkIn')}
          </ButtonLink>
        )}
        {can.issue && <IssueListButton meetingId={meeting.id} issuedSymbol={list.issuedSymbol} action={issueParticipantListAction} />}
      </div>
      {groups.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ParticipantGroups
          groups={groups}
          isStaffView
          badgesHrefs={badgesHrefs}
        />
      )}
    </ClientMessages>
  );
}
