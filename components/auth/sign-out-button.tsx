'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '../ui/button';

export function SignOutButton() {
  const t = useTranslations('auth');
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      className="w-full"
      isPending={isPending}
      pendingLabel={t('signingOut')}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: '/sign-in?signedOut=1' });
      }}
    >
      {t('signOut')}
    </Button>
  );
}
