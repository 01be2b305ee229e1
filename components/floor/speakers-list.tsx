import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action';
import type { FloorView } from '@/lib/floor/get-floor';
import type { ChangeFloorRequestInput } from '@/lib/floor/schemas';
import type { FloorRequestStatus } from '@/lib/floor/values';
import { EmptyState } from '../ui/empty-state';
import { ConfirmedFloorStepButton, FloorStepButton, SpeakingTime } from './floor-controls';

type Item = NonNullable<FloorView['item']>;
type Speaker = Item['waiting'][number];
type StepAction = (input: ChangeFloorRequestInput) => Promise<ActionResult<unknown>>;

/** An item's speakers' list: who has the floor, who waits in turn, who spoke, with the steps the reader may take on each. */
export function SpeakersList({ item, timeZone, limitSeconds, action }: { item: Item; timeZone: string; limitSeconds: number | null; action: StepAction }) {
  const t = useTranslations('floor');
  const format = useFormatter();
  const time = (at: Date) => format.dateTime(at, { timeStyle: 'short', timeZone });
  return (
    <div className="space-y-6">
      <section aria-labelledby="floor-speaking">
        <h3 id="floor-speaking" className="text-sm font-semibold text-slate-900">
          {t('speakingTitle')}
        </h3>
        {item.speaking ? (
          <div className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 p-3" data-testid="floor-speaking">
            <p className="text-base font-semibold text-slate-900">{item.speaking.partyName}</p>
            <p className="text-sm text-slate-700">{t('speakingSince', { speaker: item.speaking.speaker, since: time(item.speaking.startedAt ?? item.speaking.requestedAt) })}</p>
            <p className="text-sm text-slate-700">
              {t('speakingFor')}{' '}
              <SpeakingTime
                since={(item.speaking.startedAt ?? item.speaking.requestedAt).toISOString()}
                limitSeconds={limitSeconds}
                overTimeLabel={t('overTime')}
                classNames={{ over: 'text-red-700' }}
              />
            </p>
            <Steps speaker={item.speaking} action={action} />
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t('nobodySpeaking')}</p>
        )}
      </section>
      <section aria-labelledby="floor-waiting">
        <h3 id="floor-waiting" className="text-sm font-semibold text-slate-900">
          {t('waitingTitle', { count: item.waiting.length })}
        </h3>
        {item.waiting.length === 0 ? (
          <div className="mt-2">
            <EmptyState>{t('nobodyWaiting')}</EmptyState>
          </div>
        ) : (
          <ol className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="floor-waiting">
            {item.waiting.map((speaker, index) => (
              <li key={speaker.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
                <div>
                  <p className="font-medium text-slate-900">
                    {index + 1}. {speaker.partyName}
                    {speaker.isOwn && <span className="ml-2 text-xs font-normal text-brand-700">{t('yourDelegation')}</span>}
                  </p>
                  <p className="text-sm text-slate-600">{t('askedAt', { speaker: speaker.speaker, at: time(speaker.requestedAt) })}</p>
                </div>
                <Steps speaker={speaker} action={action} isNext={index === 0} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {item.spoke.length > 0 && (
        <section aria-labelledby="floor-spoke">
          <h3 id="floor-spoke" className="text-sm font-semibold text-slate-900">
            {t('spokeTitle')}
          </h3>
          <SpokeList speakers={item.spoke} timeZone={timeZone} />
        </section>
      )}
    </div>
  );
}

/** Who spoke, in the order they did, with when. */
export function SpokeList({ speakers, timeZone }: { speakers: Speaker[]; timeZone: string }) {
  const t = useTranslations('floor');
  const format = useFormatter();
  const time = (at: Date) => format.dateTime(at, { timeStyle: 'short', timeZone });
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-800">
      {speakers.map((speaker) => (
        <li key={speaker.id}>
          {t('spokeLine', {
            party: speaker.partyName,
            speaker: speaker.speaker,
            from: speaker.startedAt ? time(speaker.startedAt) : '—',
            to: speaker.endedAt ? time(speaker.endedAt) : '—',
          })}
        </li>
      ))}
    </ol>
  );
}

function Steps({ speaker, action, isNext = false }: { speaker: Speaker; action: StepAction; isNext?: boolean }) {
  const t = useTranslations('floor');
  if (speaker.steps.length === 0) return null;
  const aria = (step: FloorRequestStatus) => t(`stepsAria.${step}`, { party: speaker.partyName });
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2">
      {speaker.steps.map((step) =>
        step === 'withdrawn' ? (
          <ConfirmedFloorStepButton
            key={step}
            input={{ requestId: speaker.id, status: step }}
            variant="danger"
            labels={{
              trigger: t(speaker.isOwn ? 'steps.withdrawOwn' : 'steps.withdrawn'),
              triggerAria: speaker.isOwn ? t('steps.withdrawOwn') : aria(step),
              title: t(speaker.isOwn ? 'withdrawOwnTitle' : 'withdrawTitle', { party: speaker.partyName }),
              body: t('withdrawBody'),
            }}
            action={action}
          />
        ) : (
          <FloorStepButton
            key={step}
            input={{ requestId: speaker.id, status: step }}
            label={t(`steps.${step}`)}
            ariaLabel={aria(step)}
            variant={step === 'speaking' && isNext ? 'primary' : 'secondary'}
            className="px-2.5 py-1 text-sm"
            action={action}
          />
        ),
      )}
    </div>
  );
}
