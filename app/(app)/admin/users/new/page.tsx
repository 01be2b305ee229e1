import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { CreateUserForm } from '@/components/users/create-user-form';
import { requirePermission } from '@/lib/page-guards';
import { findParties } from '@/lib/parties/find-parties';
import { createUserAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('createTitle') };
}

export default async function NewUserPage() {
  const actor = await requirePermission('users:manage');
  const [parties, t] = await Promise.all([findParties({ actor }), getTranslations('users')]);
  return (
    <ClientMessages namespaces={['users', 'roles', 'common']} formErrors={['common', 'account']}>
      <PageHeader title={t('createTitle')} intro={t('createIntro')} />
      <Panel>
        <CreateUserForm parties={parties} action={createUserAction} />
      </Panel>
    </ClientMessages>
  );
}
