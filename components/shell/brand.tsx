import { useTranslations } from 'next-intl';

/** The app's name and the programme it serves, as the dark header bars show them. */
export function Brand() {
  const t = useTranslations('common');
  return (
    <>
      <span className="text-base font-semibold">{t('appName')}</span>
      <span className="text-xs tracking-wide text-brand-100">{t('programme')}</span>
    </>
  );
}
