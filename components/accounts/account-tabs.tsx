import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { cn } from '../ui/cn';

/** The two lists of accounts staff move between: all of them, and those waiting for confirmation (with how many). */
export function AccountTabs({ current, pendingCount }: { current: 'all' | 'pending'; pendingCount: number }) {
  const t = useTranslations('accounts');
  const tabs = [
    { key: 'all', href: '/admin/users', label: t('allTab') },
    { key: 'pending', href: '/admin/accounts', label: t('pendingTab', { count: pendingCount }) },
  ] as const;
  return (
    <nav aria-label={t('tabs')} className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={cn(
                'block border-b-2 px-1 pb-2 text-sm font-medium',
                tab.key === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
