import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { ParticipantGroups } from '@/components/participants/participant-groups';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { orRefusalPage } from '@/lib/page-guards';
import { getPublicParticipants } from '@/lib/participants/get-public-participants';

type Props = { params: Promise<{ id: string }> };

const loadList = cache((meetingId: string) => orRefusalPage(getPublicParticipants({ input: { meetingId } })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await loadList((await params).id);
  const t = await getTranslations('participants');
  return { title: `${t('publicTitle')}: ${meeting.title}` };
}

// Who takes part, for anyone: approved participants who agreed to be listed, without contact details.
export default async function PublicParticipantsPage({ params }: Props) {
  const { id } = await params;
  const [{ meeting, groups }, t] = await Promise.all([loadList(id), getTranslations('participants')]);
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={`/public/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <PageHeader title={t('publicTitle')} intro={t('publicIntro')} />
      {groups.length === 0 ? <EmptyState>{t('publicEmpty')}</EmptyState> : <ParticipantGroups groups={groups} />}
    </>
  );
}
