import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-12">
      <main className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-xl font-semibold text-brand-800">{t('common.appName')}</p>
          <p className="text-xs text-slate-600">{t('meta.description')}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </main>
    </div>
  );
}
