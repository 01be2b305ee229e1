import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireActor, requireProfile } from '@/lib/session';
import { changeOwnPasswordAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  // Someone with a temporary password is sent to change it first.
  await requireActor();
  const [profile, t] = await Promise.all([requireProfile(), getTranslations()]);
  const details = [
    { label: t('account.name'), value: profile.name },
    { label: t('account.email'), value: profile.email },
    { label: t('account.role'), value: t(`roles.${profile.role}`) },
    { label: t('account.party'), value: profile.partyName ?? t('account.noParty') },
  ];
  return (
    <ClientMessages namespaces={['account', 'common']} formErrors={['common', 'account']}>
      <PageHeader title={t('account.title')} intro={t('account.intro')} />
      <div className="grid grid-cols-1 items-start gap-6 md:grid-cols-2">
        <Panel title={t('account.detailsTitle')} intro={t('account.detailsIntro')}>
          <dl className="space-y-3 text-sm">
            {details.map(({ label, value }) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel title={t('account.passwordTitle')} intro={t('account.passwordIntro')}>
          <ChangePasswordForm email={profile.email} action={changeOwnPasswordAction} purpose="account" />
        </Panel>
      </div>
    </ClientMessages>
  );
}
