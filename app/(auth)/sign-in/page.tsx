import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; signedOut?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

function noticeFor({ error, signedOut, callbackUrl }: Awaited<Props['searchParams']>) {
  if (error === 'AccountDisabled') return 'accountDisabled' as const;
  if (error === 'SessionEnded') return 'signedOutElsewhere' as const;
  if (signedOut) return 'signedOut' as const;
  if (callbackUrl) return 'sessionEnded' as const;
  return undefined;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="text-lg font-semibold text-slate-900">{t('signInTitle')}</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600">{t('signInIntro')}</p>
      <SignInForm callbackUrl={params.callbackUrl} notice={noticeFor(params)} />
    </>
  );
}
