import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { MeetingSession } from '@/db/schema';
import { instantToZonedLocal } from '@/lib/time-zones';
import { EmptyState } from '../ui/empty-state';
import { calendarDay } from '@/lib/time-zones';

type TimetableProps = {
  sessions: MeetingSession[];
  timeZone: string;
  /** An extra cell per session, such as a remove button for staff. */
  renderAction?: (session: MeetingSession) => ReactNode;
};

/** The sessions day by day, with times in the meeting's time zone. */
export function Timetable({ sessions, timeZone, renderAction }: TimetableProps) {
  const t = useTranslations('meetings');
  const format = useFormatter();
  if (sessions.length === 0) return <EmptyState>{t('timetableEmpty')}</EmptyState>;
  const days = new Map<string, MeetingSession[]>();
  for (const session of sessions) {
    const day = instantToZonedLocal(session.startsAt, timeZone).slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  const time = (instant: Date) => format.dateTime(instant, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return (
    <div className="space-y-5">
      {[...days].map(([day, daySessions]) => (
        <section key={day} aria-label={format.dateTime(calendarDay(day), { dateStyle: 'full', timeZone: 'UTC' })}>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">
            {format.dateTime(calendarDay(day), { dateStyle: 'full', timeZone: 'UTC' })}
          </h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {daySessions.map((session) => (
              <li key={session.id} className="flex items-center gap-4 px-3 py-2 text-sm">
                <span className="w-28 shrink-0 font-mono text-slate-700 tabular-nums">
                  {time(session.startsAt)}–{time(session.endsAt)}
                </span>
                <span className="flex-1 text-slate-900">
                  {session.title}
                  {session.room && <span className="ml-2 text-xs text-slate-600">{session.room}</span>}
                </span>
                {renderAction?.(session)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
