import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountTabs } from '@/components/accounts/account-tabs';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { UserSearch } from '@/components/users/user-search';
import { UserTable } from '@/components/users/user-table';
import { countPendingAccounts } from '@/lib/accounts/find-pending-accounts';
import { requirePermission } from '@/lib/page-guards';
import { findUsers } from '@/lib/users/find-users';
import { findUsersSchema } from '@/lib/users/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('title') };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('users:manage');
  const input = findUsersSchema.parse(await searchParams);
  const [users, pendingCount, t] = await Promise.all([findUsers({ actor, input }), countPendingAccounts({ actor }), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={<ButtonLink href="/admin/users/new">{t('users.new')}</ButtonLink>}
      />
      <AccountTabs current="all" pendingCount={pendingCount} />
      <UserSearch query={input.query} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('common.resultCount', { count: users.total })}
      </p>
      <UserTable users={users.items} query={input.query} />
      <Pagination page={users.page} pageCount={users.pageCount} path="/admin/users" params={{ query: input.query }} />
    </>
  );
}
