import { useTranslations } from 'next-intl';
import { TabNav } from '../ui/tab-nav';

/** The two lists of accounts staff move between: all of them, and those waiting for confirmation (with how many). */
export function AccountTabs({ current, pendingCount }: { current: 'all' | 'pending'; pendingCount: number }) {
  const t = useTranslations('accounts');
  const tabs = [
    { key: 'all', href: '/admin/users', label: t('allTab') },
    { key: 'pending', href: '/admin/accounts', label: t('pendingTab', { count: pendingCount }) },
  ];
  return <TabNav label={t('tabs')} current={current} tabs={tabs} />;
}
