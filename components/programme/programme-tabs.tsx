import { useTranslations } from 'next-intl';
import { TabNav } from '../ui/tab-nav';

const tabs = [
  { href: '/programme', key: 'projects' },
  { href: '/programme/dashboard', key: 'dashboard' },
  { href: '/programme/contributions', key: 'contributions' },
  { href: '/programme/areas', key: 'areas' },
] as const;

/** The programme's sections, the current one marked. */
export function ProgrammeTabs({ current }: { current: (typeof tabs)[number]['key'] }) {
  const t = useTranslations('programme');
  return <TabNav label={t('tabs')} current={current} tabs={tabs.map((tab) => ({ ...tab, label: t(tab.key) }))} />;
}
