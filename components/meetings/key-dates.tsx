import { useFormatter, useTranslations } from 'next-intl';
import type { MeetingDetail } from '@/db/queries/meetings';
import { timeUntil } from '@/lib/meetings/countdown';
import { calendarDay } from '@/lib/time-zones';

type KeyDatesProps = {
  meeting: Pick<
    MeetingDetail,
    | 'startDate'
    | 'endDate'
    | 'timeZone'
    | 'city'
    | 'venue'
    | 'hostName'
    | 'chairName'
    | 'format'
    | 'status'
    | 'registrationOpensAt'
    | 'registrationClosesAt'
  >;
  now: Date;
};

/** When and where, and how long registration stays open: the facts every reader of a meeting wants first. */
export function KeyDates({ meeting, now }: KeyDatesProps) {
  const t = useTranslations();
  const format = useFormatter();
  const place = [meeting.venue, meeting.city, meeting.hostName].filter(Boolean).join(', ');
  const inZone = (instant: Date) =>
    format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone: meeting.timeZone });
  const remaining =
    meeting.status === 'registration_open' && meeting.registrationClosesAt ? timeUntil(now, meeting.registrationClosesAt) : null;
  const registrationWindow = () => {
    const { registrationOpensAt: opens, registrationClosesAt: closes } = meeting;
    if (opens && closes) return t('meetings.registrationWindow', { opens: inZone(opens), closes: inZone(closes) });
    if (opens) return t('meetings.registrationFrom', { opens: inZone(opens) });
    if (closes) return t('meetings.registrationUntil', { closes: inZone(closes) });
    return t(meeting.status === 'registration_open' ? 'meetings.registrationOpenNoDeadline' : 'meetings.registrationNotSet');
  };
  return (
    <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-600">{t('meetings.dates')}</dt>
      <dd className="text-slate-900">
        {format.dateTimeRange(calendarDay(meeting.startDate), calendarDay(meeting.endDate), { dateStyle: 'full', timeZone: 'UTC' })}
        <span className="block text-xs text-slate-600">{t('meetings.timeZoneNote', { timeZone: meeting.timeZone })}</span>
      </dd>
      <dt className="font-medium text-slate-600">{t('meetings.place')}</dt>
      <dd className="text-slate-900">
        {place || (meeting.format === 'virtual' ? t('meetings.online') : t('meetings.placeToBeConfirmed'))}
        <span className="block text-xs text-slate-600">{t(`meetingFormat.${meeting.format}`)}</span>
      </dd>
      <dt className="font-medium text-slate-600">{t('meetings.chair')}</dt>
      <dd className="text-slate-900">{meeting.chairName ?? t('meetings.chairToBeConfirmed')}</dd>
      <dt className="font-medium text-slate-600">{t('meetings.registration')}</dt>
      <dd className="text-slate-900">
        {registrationWindow()}
        {remaining && (
          <span className="mt-1 block font-medium text-brand-700" data-testid="registration-countdown">
            {t('meetings.closesIn', remaining)}
          </span>
        )}
        {meeting.status === 'registration_open' && meeting.registrationClosesAt && !remaining && (
          <span className="mt-1 block text-amber-800">{t('meetings.registrationClosed')}</span>
        )}
      </dd>
    </dl>
  );
}
