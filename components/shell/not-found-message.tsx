import { useTranslations } from 'next-intl';
import { ButtonLink } from '../ui/button';
import { StatusPage } from '../ui/status-page';

/**
 * The 404 message, for addresses that match no route and inside the signed-in app alike. Signed out,
 * it leads to the public list of meetings, not to a sign-in page.
 */
export function NotFoundMessage({ isSignedIn }: { isSignedIn: boolean }) {
  const t = useTranslations('pages');
  return (
    <StatusPage
      code="404"
      title={t('notFoundTitle')}
      body={t('notFoundBody')}
      actions={<ButtonLink href={isSignedIn ? '/' : '/public'}>{t(isSignedIn ? 'goHome' : 'goPublic')}</ButtonLink>}
    />
  );
}
