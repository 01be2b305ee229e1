import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { changeOwnPasswordAction } from '@/app/(app)/account/actions';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { requireSignedIn } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('forcedTitle') };
}

// Where every page sends someone who signed in with a temporary password, until they choose their own.
export default async function ChangePasswordPage() {
  const { actor, mustChangePassword } = await requireSignedIn();
  if (!mustChangePassword) redirect('/account');
  const t = await getTranslations('account');
  return (
    <ClientMessages namespaces={['account', 'common']} formErrors={['common', 'account']}>
      <h1 className="text-lg font-semibold text-slate-900">{t('forcedTitle')}</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600">{t('forcedIntro')}</p>
      <ChangePasswordForm email={actor.email} action={changeOwnPasswordAction} purpose="temporary" />
      <p className="mt-5 text-center text-sm">
        <Link href="/sign-out" className="text-brand-700 hover:underline">
          {t('signOutInstead')}
        </Link>
      </p>
    </ClientMessages>
  );
}
