import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { AccountAccess } from '@/components/users/account-access';
import { ChangeRoleForm } from '@/components/users/change-role-form';
import { ResetPassword } from '@/components/users/reset-password';
import { orRefusalPage, requirePermission } from '@/lib/page-guards';
import { findParties } from '@/lib/parties/find-parties';
import { getUser } from '@/lib/users/get-user';
import { changeUserRoleAction, resetUserPasswordAction, setUserDisabledAction } from '../actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('title') };
}

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requirePermission('users:manage');
  const { id } = await params;
  const { notice } = await searchParams;
  const [user, parties, t] = await Promise.all([
    orRefusalPage(getUser({ actor, input: { userId: id } })),
    findParties({ actor, input: { ofUserId: id } }),
    getTranslations(),
  ]);
  const isOwnAccount = user.id === actor.id;
  return (
    <ClientMessages namespaces={['users', 'roles', 'common']} formErrors={['common', 'account']}>
      <p className="mb-3 text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          ← {t('users.backToList')}
        </Link>
      </p>
      <PageHeader
        title={user.name}
        intro={user.email}
        actions={
          user.status !== 'active' ? (
            <Badge tone={user.status === 'pending' ? 'warning' : 'danger'}>{t(`accountStatus.${user.status}`)}</Badge>
          ) : user.isDisabled ? (
            <Badge tone="danger">{t('users.disabled')}</Badge>
          ) : (
            <Badge tone="success">{t('users.active')}</Badge>
          )
        }
      />
      <div className="space-y-6">
        {notice === 'created' && <Alert tone="success">{t('users.created')}</Alert>}
        {isOwnAccount && <Alert tone="info">{t('users.ownAccount')}</Alert>}
        <div className="grid grid-cols-1 items-start gap-6 md:grid-cols-2">
          <Panel title={t('users.roleTitle')} intro={t('users.roleIntro')}>
            {isOwnAccount ? (
              <p className="text-sm text-slate-700">{t(`roles.${user.role}`)}</p>
            ) : (
              <ChangeRoleForm user={user} parties={parties} action={changeUserRoleAction} />
            )}
          </Panel>
          <Panel title={t('users.accessTitle')}>
            {isOwnAccount ? (
              <p className="text-sm text-slate-700">{t('users.activeIntro')}</p>
            ) : (
              <AccountAccess user={user} action={setUserDisabledAction} />
            )}
          </Panel>
          <Panel title={t('users.passwordTitle')}>
            {isOwnAccount ? (
              <p className="text-sm text-slate-700">
                <Link href="/account" className="text-brand-700 hover:underline">
                  {t('users.ownPassword')}
                </Link>
              </p>
            ) : (
              <ResetPassword user={user} action={resetUserPasswordAction} />
            )}
          </Panel>
        </div>
      </div>
    </ClientMessages>
  );
}
