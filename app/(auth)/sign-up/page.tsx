import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/accounts/sign-up-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getSignUpOptions } from '@/lib/accounts/get-sign-up-options';
import { registerPath } from '@/lib/accounts/links';
import { signUpPageSchema } from '@/lib/accounts/schemas';
import { getActor } from '@/lib/session';
import { signUpAction } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signUp'))('title') };
}

// Anyone signed out may ask for an account; `?meeting=<id>` keeps the meeting they came to register for.
export default async function SignUpPage({ searchParams }: Props) {
  const { meeting: meetingId } = signUpPageSchema.parse(await searchParams);
  // Someone already signed in has an account: on to where they were going.
  if (await getActor()) redirect(meetingId ? registerPath(meetingId) : '/');
  const [{ parties, meeting }, t] = await Promise.all([getSignUpOptions({ input: { meetingId } }), getTranslations('signUp')]);
  return (
    <ClientMessages namespaces={['signUp', 'partyKinds']} formErrors={['common', 'account', 'accounts']}>
      <h1 className="text-lg font-semibold text-slate-900">{t('title')}</h1>
      <p className="mt-1 mb-3 text-sm text-slate-600">{t('intro')}</p>
      {meeting && <p className="mb-5 text-sm text-slate-700">{t('forMeeting', { meeting: meeting.title })}</p>}
      <SignUpForm parties={parties} meetingId={meeting?.id} action={signUpAction} />
    </ClientMessages>
  );
}
