import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { MeetingListRow } from '@/db/queries/meetings';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { calendarDay } from '@/lib/time-zones';
import { MeetingStatusBadge } from './meeting-status-badge';

type MeetingListProps = {
  meetings: MeetingListRow[];
  isFiltered: boolean;
  /** Signed out, each links to its public page, and the working status is left out. */
  isPublic?: boolean;
};

export function MeetingList({ meetings, isFiltered, isPublic = false }: MeetingListProps) {
  const t = useTranslations('home');
  const format = useFormatter();
  if (meetings.length === 0) return <EmptyState>{t(isFiltered ? 'noMatch' : 'empty')}</EmptyState>;
  return (
    <DataTable
      columns={[{ label: t('meeting') }, { label: t('dates') }, { label: t('place') }, ...(isPublic ? [] : [{ label: t('status') }])]}
    >
      {meetings.map((meeting) => (
        <tr key={meeting.id}>
          {/* On a phone the title keeps a readable width, and the table scrolls instead of wrapping it a word a line. */}
          <td className="min-w-52">
            <Link href={`${isPublic ? '/public' : ''}/meetings/${meeting.id}`} className="font-medium text-brand-700 hover:underline">
              {meeting.title}
            </Link>
            <p className="text-xs text-slate-600">
              {meeting.seriesName} · {t('number')} {meeting.number}
            </p>
          </td>
          <td className="whitespace-nowrap text-slate-700">
            {format.dateTimeRange(calendarDay(meeting.startDate), calendarDay(meeting.endDate), {
              dateStyle: 'medium',
              timeZone: 'UTC',
            })}
          </td>
          <td className="text-slate-700">
            {meeting.format === 'virtual'
              ? t('virtual')
              : [meeting.city, meeting.hostName].filter(Boolean).join(', ') || t('placeToBeConfirmed')}
          </td>
          {!isPublic && (
            <td>
              <MeetingStatusBadge status={meeting.status} />
              {meeting.status === 'in_session' && (
                <Link
                  href={`/meetings/${meeting.id}/floor`}
                  aria-label={t('floorOf', { meeting: meeting.title })}
                  className="mt-1 block whitespace-nowrap text-xs font-medium text-brand-700 hover:underline"
                >
                  {t('floor')}
                </Link>
              )}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
