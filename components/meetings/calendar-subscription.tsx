import { useTranslations } from 'next-intl';
import { Panel } from '../ui/panel';
import { buttonClasses } from '../ui/button';

type CalendarSubscriptionProps = {
  urls: { https: string; webcal: string };
  /** The series the feed is narrowed to, if any. */
  seriesName?: string;
};

/** The programme's calendar to subscribe to: one link that opens the calendar app, and the address to paste. */
export function CalendarSubscription({ urls, seriesName }: CalendarSubscriptionProps) {
  const t = useTranslations('publicMeeting');
  return (
    <div className="mt-8">
      <Panel title={t('subscribeTitle')} intro={seriesName ? t('subscribeSeriesIntro', { series: seriesName }) : t('subscribeIntro')}>
        <a className={buttonClasses('secondary')} href={urls.webcal}>
          {t('subscribe')}
        </a>
        <p className="mt-4 text-sm text-slate-600">{t('subscribeAddress')}</p>
        <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-800">{urls.https}</p>
      </Panel>
    </div>
  );
}
