import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import type { MeetingListRow } from '@/db/queries/meetings';
import { EmptyState } from '../ui/empty-state';
import { calendarDay } from './key-dates';
import { MeetingStatusBadge } from './meeting-status-badge';

export function MeetingList({ meetings, isFiltered }: { meetings: MeetingListRow[]; isFiltered: boolean }) {
  const t = useTranslations('home');
  const format = useFormatter();
  if (meetings.length === 0) return <EmptyState>{t(isFiltered ? 'noMatch' : 'empty')}</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">{t('meeting')}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t('dates')}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t('place')}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t('status')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              <td className="px-4 py-3">
                <Link href={`/meetings/${meeting.id}`} className="font-medium text-brand-700 hover:underline">
                  {meeting.title}
                </Link>
                <p className="text-xs text-slate-600">
                  {meeting.seriesName} · {t('number')} {meeting.number}
                </p>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                {format.dateTimeRange(calendarDay(meeting.startDate), calendarDay(meeting.endDate), {
                  dateStyle: 'medium',
                  timeZone: 'UTC',
                })}
              </td>
              <td className="px-4 py-3 text-slate-700">
                {meeting.format === 'virtual'
                  ? t('virtual')
                  : [meeting.city, meeting.hostName].filter(Boolean).join(', ') || t('placeToBeConfirmed')}
              </td>
              <td className="px-4 py-3">
                <MeetingStatusBadge status={meeting.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
