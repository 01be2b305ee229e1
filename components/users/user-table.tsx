import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { UserListRow } from '@/db/queries/users';
import { Badge } from '../ui/badge';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';

export function UserTable({ users, query }: { users: UserListRow[]; query?: string }) {
  const t = useTranslations();
  if (users.length === 0) {
    return <EmptyState>{query ? t('users.noMatch', { query }) : t('users.empty')}</EmptyState>;
  }
  return (
    <DataTable
      columns={[
        { label: t('users.name') },
        { label: t('users.role') },
        { label: t('users.party') },
        { label: t('users.status') },
        { label: t('users.edit'), isLabelHidden: true },
      ]}
    >
      {users.map((user) => (
        <tr key={user.id}>
          <td>
            <p className="font-medium text-slate-900">{user.name}</p>
            <p className="text-xs text-slate-600">{user.email}</p>
          </td>
          <td className="text-slate-700">{t(`roles.${user.role}`)}</td>
          <td className="text-slate-700">{user.partyName ?? '—'}</td>
          <td>
            {user.status !== 'active' ? (
              <Badge tone={user.status === 'pending' ? 'warning' : 'danger'}>{t(`accountStatus.${user.status}`)}</Badge>
            ) : user.isDisabled ? (
              <Badge tone="danger">{t('users.disabled')}</Badge>
            ) : (
              <Badge tone="success">{t('users.active')}</Badge>
            )}
          </td>
          <td className="text-right">
            <Link
              href={`/admin/users/${user.id}`}
              aria-label={t('users.editLabel', { name: user.name })}
              className="font-medium text-brand-700 hover:underline"
            >
              {t('users.edit')}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
