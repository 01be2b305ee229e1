import { Link } from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import { cn } from '../ui/cn';

const tabs = [
  { href: '/programme', key: 'projects' },
  { href: '/programme/dashboard', key: 'dashboard' },
  { href: '/programme/contributions', key: 'contributions' },
  { href: '/programme/areas', key: 'areas' },
] as const;

/** The programme's sections, the current one marked. */
export function ProgrammeTabs({ current }: { current: (typeof tabs)[number]['key'] }) {
  const t = useTranslations('programme');
  return (
    <nav aria-label={t('tabs')} className="mb-6">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={cn(
                '-mb-px block border-b-2 px-3 py-2 text-sm font-medium',
                tab.key === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900',
              )}
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
