import { useTranslations } from 'next-intl';
import { ButtonLink } from '../ui/button';
import { StatusPage } from '../ui/status-page';

/** The 404 message, for addresses that match no route and inside the signed-in app alike. */
export function NotFoundMessage() {
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
