import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AcceptInvitationButton, AcceptInvitationForm } from '@/components/invitations/accept-invitation';
import { registerPath } from '@/lib/accounts/links';
import { getInvitation, type InvitationSummary } from '@/lib/invitations/get-invitation';
import { getActor } from '@/lib/session';
import { acceptInvitationAction, acceptInvitationWithAccountAction } from '../actions';
import { partyInSentence } from '@/lib/parties/names';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitations'))('pageTitle') };
}

const linkClasses = 'font-medium text-brand-700 hover:underline';

// The page an invitation email links to. Opening it writes nothing: accepting is a button or a form.
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const actor = await getActor();
  const [view, t, format] = await Promise.all([getInvitation({ actor, input: { token } }), getTranslations(), getFormatter()]);

  const refusal = (title: string, body: string, action?: ReactNode) => (
    <>
      <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-sm text-slate-700">{body}</p>
      {action && <p className="mt-5 text-center text-sm">{action}</p>}
    </>
  );
  const about = (invitation: InvitationSummary) => (
    <div className="mt-2 mb-5 space-y-2 text-sm text-slate-700">
      <p>{t('invitations.forMeeting', { name: invitation.name, party: partyInSentence(invitation.partyName), meeting: invitation.meetingTitle })}</p>
      <p>{t('invitations.asRole', { role: t(`roles.${invitation.role}`) })}</p>
      <p className="text-xs text-slate-600">
        {t('invitations.validUntil', {
          date: format.dateTime(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short', timeZone: invitation.timeZone }),
        })}
      </p>
    </div>
  );

  switch (view.state) {
    case 'unknown':
      return refusal(t('invitations.unknownTitle'), t('invitations.unknownBody'));
    case 'used':
      return refusal(
        t('invitations.usedTitle'),
        t('invitations.usedBody'),
        <Link href="/sign-in" className={linkClasses}>
          {t('invitations.signIn')}
        </Link>,
      );
    case 'expired':
      return refusal(t('invitations.expiredTitle'), t('invitations.expiredBody'));
    case 'forAnother':
      return refusal(
        t('invitations.forAnotherTitle'),
        t('invitations.forAnotherBody', { email: view.email, actorEmail: view.actorEmail }),
        <Link href="/sign-out" className={linkClasses}>
          {t('invitations.signOut')}
        </Link>,
      );
    case 'acceptedByYou':
      return refusal(
        t('invitations.acceptedByYouTitle'),
        t('invitations.acceptedByYouBody'),
        <Link href={registerPath(view.meetingId)} className={linkClasses}>
          {t('invitations.register')}
        </Link>,
      );
    case 'signInFirst':
      return (
        <>
          <h1 className="text-lg font-semibold text-slate-900">{t('invitations.pageTitle')}</h1>
          {about(view.invitation)}
          <p className="text-sm text-slate-700">{t('invitations.signInFirst', { email: view.invitation.email })}</p>
          <p className="mt-5 text-center text-sm">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`} className={linkClasses}>
              {t('invitations.signIn')}
            </Link>
          </p>
        </>
      );
    case 'acceptAsYou':
      return (
        <ClientMessages namespaces={['invitations']} formErrors={['common', 'account', 'accounts']}>
          <h1 className="text-lg font-semibold text-slate-900">{t('invitations.pageTitle')}</h1>
          {about(view.invitation)}
          <p className="mb-4 text-sm text-slate-700">{t('invitations.acceptAsYou', { email: view.invitation.email })}</p>
          <AcceptInvitationButton token={token} action={acceptInvitationAction} />
        </ClientMessages>
      );
    case 'createAccount':
      return (
        <ClientMessages namespaces={['invitations']} formErrors={['common', 'account', 'accounts']}>
          <h1 className="text-lg font-semibold text-slate-900">{t('invitations.pageTitle')}</h1>
          {about(view.invitation)}
          <AcceptInvitationForm token={token} name={view.invitation.name} email={view.invitation.email} action={acceptInvitationWithAccountAction} />
        </ClientMessages>
      );
  }
}
