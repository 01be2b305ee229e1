import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { signInPathFor } from '@/lib/accounts/links';
import { signUpPageSchema } from '@/lib/accounts/schemas';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signUp'))('pendingTitle') };
}

// Where a sign-up lands: the account waits for the secretariat; the sign-in link keeps the meeting.
export default async function SignUpPendingPage({ searchParams }: Props) {
  const { meeting } = signUpPageSchema.parse(await searchParams);
  const t = await getTranslations('signUp');
  return (
    <>
      <h1 className="text-lg font-semibold text-slate-900">{t('pendingTitle')}</h1>
      <p className="mt-2 text-sm text-slate-700">{t('pendingBody')}</p>
      {meeting && <p className="mt-3 text-sm text-slate-700">{t('pendingMeeting')}</p>}
      <p className="mt-5 text-center text-sm">
        <Link href={signInPathFor(meeting)} className="font-medium text-brand-700 hover:underline">
          {t('pendingSignIn')}
        </Link>
      </p>
    </>
  );
}
