import { useFormatter, useTranslations } from 'next-intl';
import type { WaitingTask } from '@/lib/home/waiting-tasks';
import { cn } from '../ui/cn';
import { Link } from '../ui/link';
import { Panel } from '../ui/panel';

const namesMeeting = new Set<WaitingTask['kind']>([
  'register',
  'sendCredentials',
  'correctCredentials',
  'confirmMembers',
  'decideRegistrations',
  'reviewCredentials',
  'followUp',
]);

/** What the reader can still do, soonest deadline first, each leading to where it is done. */
export function WaitingTasks({ tasks, hasMore, isQueues }: { tasks: WaitingTask[]; hasMore: boolean; isQueues: boolean }) {
  const t = useTranslations('home.waiting');
  const format = useFormatter();
  // What a task without a deadline says of it, where it says anything.
  const noDeadline = (task: WaitingTask) =>
    task.kind === 'register' ? t('register.noDeadline') : task.kind === 'followUp' ? t('followUp.byNextMeeting', { meeting: task.meetingTitle ?? '' }) : null;
  const when = (task: WaitingTask) => {
    if (task.dueDay) return `${format.dateTime(new Date(`${task.dueDay}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })} (${task.timeZone})`;
    if (task.dueAt) return `${format.dateTime(task.dueAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: task.timeZone })} (${task.timeZone})`;
    return null;
  };
  return (
    <Panel title={t('title')} intro={tasks.length > 0 ? t(isQueues ? 'queuesIntro' : 'intro') : undefined}>
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-600">{t(isQueues ? 'queuesNone' : 'none')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tasks.map((task) => {
            const due = when(task);
            // Where the task names its meeting already, the line says only until when.
            const where = task.meetingTitle && !namesMeeting.has(task.kind) ? task.meetingTitle : null;
            const until = due ? t(`${task.kind}.${task.isOverdue ? 'overdue' : 'due'}`, { due, meeting: task.meetingTitle ?? '', subject: task.subject ?? '' }) : noDeadline(task);
            const line = [where, until].filter(Boolean).join(' · ');
            return (
              <li key={`${task.kind}:${task.href}`} className="py-2.5 first:pt-0 last:pb-0">
                <Link href={task.href} className="text-sm font-medium text-brand-700 hover:underline">
                  {t(`${task.kind}.action`, { meeting: task.meetingTitle ?? '', subject: task.subject ?? '', count: task.count ?? 0 })}
                </Link>
                {line && <p className={cn('text-xs', task.isOverdue ? 'font-medium text-red-700' : 'text-slate-600')}>{line}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {hasMore && <p className="mt-3 text-xs text-slate-600">{t('more', { count: tasks.length })}</p>}
    </Panel>
  );
}
