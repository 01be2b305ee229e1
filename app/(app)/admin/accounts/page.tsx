import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountTabs } from '@/components/accounts/account-tabs';
import { PendingAccountTable } from '@/components/accounts/pending-account-table';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { findPendingAccounts } from '@/lib/accounts/find-pending-accounts';
import { findPendingAccountsSchema } from '@/lib/accounts/schemas';
import { requirePermission } from '@/lib/page-guards';
import { confirmAccountAction, refuseAccountAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts'))('title') };
}

export default async function PendingAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('users:manage');
  const input = findPendingAccountsSchema.parse(await searchParams);
  const [accounts, t] = await Promise.all([findPendingAccounts({ actor, input }), getTranslations()]);
  return (
    <ClientMessages namespaces={['accounts', 'roles', 'common']} formErrors={['common']}>
      <PageHeader title={t('users.title')} intro={t('users.intro')} />
      <AccountTabs current="pending" pendingCount={accounts.total} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('accounts.intro')}</p>
      {input.notice && (
        <div className="mb-4">
          <Alert tone="success">{t(`accounts.${input.notice}`)}</Alert>
        </div>
      )}
      <PendingAccountTable accounts={accounts.items} confirmAction={confirmAccountAction} refuseAction={refuseAccountAction} />
      <Pagination page={accounts.page} pageCount={accounts.pageCount} path="/admin/accounts" />
    </ClientMessages>
  );
}
