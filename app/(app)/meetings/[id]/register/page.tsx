import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { EditRegistrationForm, RegisterForm, RegisterMemberForm } from '@/components/registrations/registration-form';
import { RegistrationStatusBadge } from '@/components/registrations/registration-status-badge';
import { WithdrawButton } from '@/components/registrations/withdraw-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getRegistrationPage } from '@/lib/registrations/read';
import { requireActor } from '@/lib/session';
import { registerAction, registerMemberAction, updateRegistrationAction, withdrawRegistrationAction } from './actions';
import { partyInSentence } from '@/lib/parties/names';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices = { registered: 'registered', saved: 'saved', memberRegistered: 'memberRegistered' } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrations'))('registerTitle') };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const actor = await requireActor();
  const [view, t, format] = await Promise.all([
    orRefusalPage(getRegistrationPage({ actor, input: { meetingId: id } })),
    getTranslations('registrations'),
    getFormatter(),
  ]);
  const { meeting, party, registration, delegation, window, roles } = view;
  const noticeKey = notice && notice in notices ? notices[notice as keyof typeof notices] : undefined;
  return (
    <ClientMessages namespaces={['registrations', 'common']} formErrors={['common', 'registrations']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader title={t('registerTitle')} intro={t('registerIntro', { meeting: meeting.title, party: partyInSentence(party.name) })} />
      <div className="space-y-6">
        {noticeKey && <Alert tone="success">{t(noticeKey)}</Alert>}
        {registration && (
          <Panel title={t('yourRegistration')}>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-slate-800">
                {t('status')}: <RegistrationStatusBadge status={registration.status} />
              </p>
              {view.can.withdraw && <WithdrawButton registrationId={registration.id} action={withdrawRegistrationAction} />}
            </div>
            {registration.status === 'rejected' && registration.decisionReason && (
              <p className="mt-3 text-sm text-slate-700">{t('rejectedBecause', { reason: registration.decisionReason })}</p>
            )}
            {registration.status === 'cancelled' && <p className="mt-3 text-sm text-slate-700">{t('withdrawnNotice')}</p>}
            {view.can.participationLetter && (
              <p className="mt-3 text-sm">
                <a className="font-medium text-brand-700 hover:underline" href={`/meetings/${meeting.id}/registrations/${registration.id}/letter`} download>
                  {t(view.letterKind === 'attendance' ? 'attendanceCertificate' : 'participationLetter')}
                </a>
                <span className="block text-xs text-slate-600">{t(view.letterKind === 'attendance' ? 'attendanceCertificateHint' : 'participationLetterHint')}</span>
              </p>
            )}
            {delegation && registration.status !== 'cancelled' && (
              <p className="mt-3 text-sm">
                <Link className="text-brand-700 hover:underline" href={`/meetings/${meeting.id}/delegations/${delegation.id}`}>
                  {t('seeDelegation')}
                </Link>
              </p>
            )}
          </Panel>
        )}
        {!view.isOpen && !view.can.edit && (
          <Alert tone="info">
            {view.notOpenBecause === 'notYet' && meeting.registrationOpensAt
              ? t('opensOn', {
                  opens: format.dateTime(meeting.registrationOpensAt, { dateStyle: 'long', timeStyle: 'short', timeZone: meeting.timeZone }),
                  timeZone: meeting.timeZone,
                })
              : t(view.notOpenBecause === 'over' ? 'meetingOver' : 'notOpen')}
          </Alert>
        )}
        {view.can.register && (
          <Panel title={t('register')} intro={t('onceOnly')}>
            <RegisterForm meetingId={meeting.id} partyId={party.id} roles={roles} window={window} suggested={view.suggested} action={registerAction} />
          </Panel>
        )}
        {registration && view.can.edit && (
          <Panel title={t('editTitle')}>
            <EditRegistrationForm key={registration.version} registration={registration} roles={roles} window={window} action={updateRegistrationAction} />
          </Panel>
        )}
        {registration && !view.can.edit && view.can.withdraw && <Alert tone="info">{t('editClosed')}</Alert>}
        {view.can.registerMembers && (
          <Panel title={t('memberTitle')} intro={t('memberIntro')}>
            <RegisterMemberForm meetingId={meeting.id} partyId={party.id} roles={roles} window={window} action={registerMemberAction} />
          </Panel>
        )}
      </div>
    </ClientMessages>
  );
}
