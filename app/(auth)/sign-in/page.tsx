import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { meetingIdOfRegisterPath, signUpPath } from '@/lib/accounts/links';
import { publicUrl } from '@/lib/config';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { getActor } from '@/lib/session';
import { signInPageSchema, type SignInPageInput } from '@/lib/users/schemas';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

function noticeFor({ error, signedOut, callbackUrl }: SignInPageInput) {
  if (error === 'AccountDisabled') return 'accountDisabled' as const;
  if (error === 'SessionEnded') return 'signedOutElsewhere' as const;
  if (signedOut) return 'signedOut' as const;
  if (callbackUrl) return 'sessionEnded' as const;
  return undefined;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = signInPageSchema.parse(await searchParams);
  // Someone already signed in has nothing to do here: on to where they were going.
  if (await getActor()) redirect(safeCallbackPath(params.callbackUrl, publicUrl));
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']} formErrors={['common']}>
      <h1 className="text-lg font-semibold text-slate-900">{t('signInTitle')}</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600">{t('signInIntro')}</p>
      <SignInForm callbackUrl={params.callbackUrl} notice={noticeFor(params)} />
      <p className="mt-5 text-center text-sm text-slate-600">
        {t('noAccount')}{' '}
        <Link href={signUpPath(meetingIdOfRegisterPath(safeCallbackPath(params.callbackUrl, publicUrl, '')))} className="font-medium text-brand-700 hover:underline">
          {t('signUp')}
        </Link>
      </p>
    </ClientMessages>
  );
}
