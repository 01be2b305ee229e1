import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { InvitationTable } from '@/components/invitations/invitation-table';
import { InviteForm } from '@/components/invitations/invite-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { invitationValidDays } from '@/lib/accounts/values';
import { findInvitations } from '@/lib/invitations/find-invitations';
import { orRefusalPage } from '@/lib/page-guards';
import { findParties } from '@/lib/parties/find-parties';
import { requireActor } from '@/lib/session';
import { createInvitationAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitations'))('title') };
}

// Staff invite focal points to the meeting and follow their invitations.
export default async function MeetingInvitationsPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const [{ meeting, invitations, canInvite }, parties, t] = await Promise.all([
    orRefusalPage(findInvitations({ actor, input: { meetingId: id } })),
    orRefusalPage(findParties({ actor })),
    getTranslations('invitations'),
  ]);
  return (
    <ClientMessages namespaces={['invitations', 'roles', 'partyKinds', 'common']} formErrors={['common', 'account', 'accounts']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('title')} intro={meeting.title} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Panel title={t('inviteTitle')} intro={t('intro', { days: invitationValidDays })}>
          {canInvite ? (
            <InviteForm meetingId={meeting.id} parties={parties} action={createInvitationAction} />
          ) : (
            <Alert tone="info">{t('closed')}</Alert>
          )}
        </Panel>
        <Panel title={t('listTitle')}>
          <InvitationTable invitations={invitations} timeZone={meeting.timeZone} />
        </Panel>
      </div>
    </ClientMessages>
  );
}
