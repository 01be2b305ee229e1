'use client';

import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { StatusPage } from '@/components/ui/status-page';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('pages');
  return (
    <StatusPage
      title={t('errorTitle')}
      body={t('errorBody')}
      actions={
        <>
          <Button onClick={reset}>{t('tryAgain')}</Button>
          <ButtonLink variant="secondary" href="/">
            {t('goHome')}
          </ButtonLink>
        </>
      }
    />
  );
}
