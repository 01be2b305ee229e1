import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { UserListRow } from '@/db/queries/users';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';

export function UserTable({ users, query }: { users: UserListRow[]; query?: string }) {
  const t = useTranslations();
  if (users.length === 0) {
    return <EmptyState>{query ? t('users.noMatch', { query }) : t('users.empty')}</EmptyState>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">{t('users.name')}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t('users.role')}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t('users.party')}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t('users.status')}</th>
            <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">{t('users.edit')}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id}>
              <td className="px-4 py-3">
                <p className="font-medium text-slate-900">{user.name}</p>
                <p className="text-xs text-slate-600">{user.email}</p>
              </td>
              <td className="px-4 py-3 text-slate-700">{t(`roles.${user.role}`)}</td>
              <td className="px-4 py-3 text-slate-700">{user.partyName ?? '—'}</td>
              <td className="px-4 py-3">
                {user.isDisabled ? (
                  <Badge tone="danger">{t('users.disabled')}</Badge>
                ) : (
                  <Badge tone="success">{t('users.active')}</Badge>
                )}
              </td>
              <td className="px-4 py-3 text-right">
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
        </tbody>
      </table>
    </div>
  );
}
