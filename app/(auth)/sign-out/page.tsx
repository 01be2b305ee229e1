import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignOutButton } from '@/components/auth/sign-out-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signOutTitle') };
}

export default async function SignOutPage() {
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']}>
      <h1 className="text-lg font-semibold text-slate-900">{t('signOutTitle')}</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600">{t('signOutIntro')}</p>
      <SignOutButton />
    </ClientMessages>
  );
}
