import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EvaluationForm } from '@/components/evaluations/evaluation-controls';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getEvaluationByLink } from '@/lib/evaluations/answer-by-link';
import { calendarDay } from '@/lib/time-zones';
import { answerEvaluationByLinkAction } from './actions';

type Props = { params: Promise<{ token: string }> };

// A participant's own link: search engines have no business with it.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('evaluations'))('title'), robots: { index: false, follow: false } };
}

// Where a participant answers the meeting's evaluation through the link the secretariat emailed
// them, signed out: most participants have no account.
export default async function EvaluationLinkPage({ params }: Props) {
  const { token } = await params;
  const [view, t, format] = await Promise.all([getEvaluationByLink({ input: { token } }), getTranslations('evaluations'), getFormatter()]);
  if (view.state === 'unknown') {
    return (
      <>
        <PageHeader title={t('title')} />
        <Alert tone="info">{t('linkUnknown')}</Alert>
      </>
    );
  }
  const day = view.closingDay && format.dateTime(calendarDay(view.closingDay), { dateStyle: 'long', timeZone: 'UTC' });
  const isAnswering = view.state === 'open' && !view.hasAnswered;
  return (
    <ClientMessages hasClientParts={isAnswering} namespaces={['evaluations', 'common']} formErrors={['common', 'evaluations']}>
      <PageHeader title={t('linkTitle', { meeting: view.meetingTitle })} intro={t('linkIntro')} />
      <div className="space-y-6">
        {view.hasAnswered ? (
          <Alert tone="success">{t('answered')}</Alert>
        ) : (
          <p className="text-sm text-slate-800" data-testid="evaluation-state">
            {view.state === 'open' ? t('state.open', { day: day!, timeZone: view.timeZone }) : view.state === 'closed' ? t('state.closed', { day: day! }) : t('state.not_opened')}
          </p>
        )}
        {isAnswering && (
          <Panel title={t('yourAnswers')} intro={t('yourAnswersIntro')}>
            <EvaluationForm token={token} action={answerEvaluationByLinkAction} />
          </Panel>
        )}
      </div>
    </ClientMessages>
  );
}
