import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CloseEvaluationButton, EvaluationForm, OpenEvaluationForm } from '@/components/evaluations/evaluation-controls';
import { EvaluationResults } from '@/components/evaluations/evaluation-results';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getEvaluation } from '@/lib/evaluations/get-evaluation';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { calendarDay } from '@/lib/time-zones';
import { answerEvaluationAction, closeEvaluationAction, openEvaluationAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('evaluations'))('title') };
}

// The meeting's evaluation: its participants answer it while it is open; the secretariat opens and
// closes it; the secretariat and the meeting's chair read the answers, counted.
export default async function EvaluationPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const [view, t, format] = await Promise.all([orRefusalPage(getEvaluation({ actor, input: { meetingId: id } })), getTranslations('evaluations'), getFormatter()]);
  const { meeting, state, closingDay, can, own, results, defaultClosingDay } = view;
  const day = closingDay && format.dateTime(calendarDay(closingDay), { dateStyle: 'long', timeZone: 'UTC' });
  const stateSentence =
    state === 'open' ? t('state.open', { day: day!, timeZone: meeting.timeZone }) : state === 'closed' ? t('state.closed', { day: day! }) : t('state.not_opened');
  return (
    <ClientMessages hasClientParts={can.answer || can.open || can.close} namespaces={['evaluations', 'common']} formErrors={['common', 'evaluations']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Panel title={t('stateTitle')}>
          <p className="text-sm text-slate-800" data-testid="evaluation-state">
            {stateSentence}
          </p>
          {can.open && (
            <div className="mt-4">
              <OpenEvaluationForm meetingId={meeting.id} closingDay={defaultClosingDay} isReopening={state === 'closed'} action={openEvaluationAction} />
            </div>
          )}
          {can.close && (
            <div className="mt-4">
              <CloseEvaluationButton
                input={{ meetingId: meeting.id }}
                labels={{ trigger: t('close'), triggerAria: t('close'), title: t('closeTitle'), body: t('closeBody') }}
                variant="danger"
                action={closeEvaluationAction}
              />
            </div>
          )}
        </Panel>
        {can.answer && (
          <Panel title={t('yourAnswers')} intro={t('yourAnswersIntro')}>
            <EvaluationForm meetingId={meeting.id} action={answerEvaluationAction} />
          </Panel>
        )}
        {own?.hasAnswered && <Alert tone="success">{t('answered')}</Alert>}
        {!own && !can.readResults && <p className="text-sm text-slate-600">{t('notParticipant')}</p>}
        {results && <EvaluationResults results={results} />}
      </div>
    </ClientMessages>
  );
}
