import { useFormatter, useTranslations } from 'next-intl';
import type { WaitingTask } from '@/lib/home/waiting-tasks';
import { Link } from '../ui/link';
import { Panel } from '../ui/panel';

/** What a delegate can still do, soonest deadline first, each leading to where it is done. */
export function WaitingTasks({ tasks }: { tasks: WaitingTask[] }) {
  const t = useTranslations('home.waiting');
  const format = useFormatter();
  const when = (task: WaitingTask) => {
    if (task.dueDay) return `${format.dateTime(new Date(`${task.dueDay}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })} (${task.timeZone})`;
    if (task.dueAt) return `${format.dateTime(task.dueAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: task.timeZone })} (${task.timeZone})`;
    return null;
  };
  return (
    <Panel title={t('title')} intro={tasks.length > 0 ? t('intro') : undefined}>
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tasks.map((task) => {
            const due = when(task);
            return (
              <li key={`${task.kind}:${task.href}`} className="py-2.5 first:pt-0 last:pb-0">
                <Link href={task.href} className="text-sm font-medium text-brand-700 hover:underline">
                  {t(`${task.kind}.action`, { meeting: task.meetingTitle, subject: task.subject ?? '' })}
                </Link>
                <p className="text-xs text-slate-600">
                  {/* A registration names its meeting already; the others say where they belong. */}
                  {task.kind !== 'register' && `${task.meetingTitle} · `}
                  {due ? t(`${task.kind}.due`, { due }) : t('register.noDeadline')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
