import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';

export default function NotFound() {
  const t = useTranslations('pages');
  return (
    <StatusPage
      code="404"
      title={t('notFoundTitle')}
      body={t('notFoundBody')}
      actions={<ButtonLink href="/">{t('goHome')}</ButtonLink>}
    />
  );
}
