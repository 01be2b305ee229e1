import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { Brand } from '@/components/shell/brand';
import { NavLinks } from '@/components/shell/nav-links';

export default function PublicLayout({ children }: { children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className="min-h-screen">
      <header className="surface-brand">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/public" className="flex items-baseline gap-2 rounded-md text-white">
            <Brand />
          </Link>
          <NavLinks
            label={t('nav.main')}
            items={[
              { href: '/public/statements', label: t('adoptedTexts.nav') },
              { href: '/sign-in', label: t('publicMeeting.signIn') },
            ]}
          />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
