import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';

export default function Forbidden() {
  const t = useTranslations('pages');
  return (
    <StatusPage
      code="403"
      title={t('forbiddenTitle')}
      body={t('forbiddenBody')}
      actions={<ButtonLink href="/">{t('goHome')}</ButtonLink>}
    />
  );
}
