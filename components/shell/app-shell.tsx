import { Link } from '@/components/ui/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Brand } from './brand';
import { NavLinks, type NavItem } from './nav-links';
import { UserMenu } from './user-menu';

type AppShellProps = {
  navItems: NavItem[];
  user: { name: string; email: string; roleLabel: string; partyName: string | null };
  children: ReactNode;
};

export function AppShell({ navItems, user, children }: AppShellProps) {
  const t = useTranslations();
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('common.skipToContent')}
      </a>
      <header className="surface-brand">
        {/* On a phone the links take a row of their own below the brand and the menu, and scroll sideways there. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2.5">
          <Link href="/" className="flex items-baseline gap-2 text-white">
            <Brand />
          </Link>
          <div className="order-last w-full md:order-none md:w-auto md:flex-1">
            <NavLinks items={navItems} label={t('nav.main')} />
          </div>
          <UserMenu
            {...user}
            labels={{ userMenu: t('nav.userMenu'), signedInAs: t('nav.signedInAs'), account: t('nav.account'), signOut: t('nav.signOut') }}
          />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
