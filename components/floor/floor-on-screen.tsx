import { useTranslations } from 'next-intl';
import type { FloorView } from '@/lib/floor/get-floor';
import { SpeakingTime } from './floor-controls';
import { ItemClock } from './item-clock';

/** The speakers' list as the room sees it on the projector: the item in discussion, who has the floor and for how long, who speaks next. */
export function FloorOnScreen({ floor }: { floor: Pick<FloorView, 'meeting' | 'item' | 'speakingTime'> }) {
  const t = useTranslations('floor.screen');
  const { meeting, item, speakingTime } = floor;
  if (!item) return <h1 className="mt-24 text-center text-5xl font-bold text-slate-200">{t(meeting.status === 'in_session' ? 'noItem' : 'notInSession')}</h1>;
  return (
    <>
      <div>
        <p className="text-2xl text-slate-300">{t('item', { number: item.number })}</p>
        <h1 className="mt-1 text-5xl font-bold leading-tight">{item.title}</h1>
        {item.discussion.since && (
          <p className="mt-3 text-2xl text-slate-300" data-testid="screen-item-clock">
            <ItemClock discussion={item.discussion} label={t('itemClock')} overPlanLabel={t('overPlan')} classNames={{ over: 'text-red-300' }} />
          </p>
        )}
      </div>
      <section aria-labelledby="screen-speaking" className="rounded-2xl border border-emerald-400/40 bg-emerald-950 p-8" data-testid="screen-speaking">
        <h2 id="screen-speaking" className="text-2xl font-semibold uppercase tracking-wide text-emerald-300">
          {t('hasFloor')}
        </h2>
        {item.speaking ? (
          <div className="mt-3 flex flex-wrap items-end justify-between gap-6">
            <div>
              <p className="text-6xl font-bold leading-tight">{item.speaking.partyName}</p>
              <p className="mt-2 text-3xl text-slate-200">{item.speaking.speaker}</p>
            </div>
            <p className="text-6xl font-semibold">
              <SpeakingTime
                since={(item.speaking.startedAt ?? item.speaking.requestedAt).toISOString()}
                limitSeconds={speakingTime}
                overTimeLabel={t('overTime')}
                classNames={{ over: 'text-red-300', limit: 'text-3xl text-slate-300', label: 'ml-0 block text-right text-3xl' }}
              />
            </p>
          </div>
        ) : (
          <p className="mt-3 text-4xl text-slate-200">{t('nobodySpeaking')}</p>
        )}
      </section>
      <section aria-labelledby="screen-next" data-testid="screen-next">
        <h2 id="screen-next" className="text-2xl font-semibold uppercase tracking-wide text-slate-300">
          {t('next')}
        </h2>
        {item.waiting.length === 0 ? (
          <p className="mt-3 text-3xl text-slate-200">{t('nobodyWaiting')}</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {item.waiting.map((speaker, index) => (
              <li key={speaker.id} className="flex flex-wrap items-baseline gap-x-4 text-4xl">
                <span className="w-12 text-slate-400">{index + 1}.</span>
                <span className="font-semibold">{speaker.partyName}</span>
                <span className="text-2xl text-slate-300">{speaker.speaker}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
