import { useTranslations } from 'next-intl';

/** The placeholder a list page shows while its data loads. */
export function PageLoading() {
  const t = useTranslations('common');
  return (
    <div role="status" className="flex items-center gap-3 py-12 text-sm text-slate-600">
      <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-brand-600 border-r-transparent" />
      {t('loading')}
    </div>
  );
}
