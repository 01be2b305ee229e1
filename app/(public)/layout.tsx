import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { Brand } from '@/components/shell/brand';

export default function PublicLayout({ children }: { children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className="min-h-screen">
      <header className="surface-brand">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/public" className="flex items-baseline gap-2 rounded-md text-white">
            <Brand />
          </Link>
          <nav aria-label={t('nav.main')} className="flex items-center gap-1">
            <Link href="/public/statements" className="rounded-md px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10">
              {t('adoptedTexts.nav')}
            </Link>
            <Link href="/sign-in" className="rounded-md px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10">
              {t('publicMeeting.signIn')}
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
