import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CheckInButton } from '@/components/participants/check-in-button';
import { ConfirmedActionButton } from '@/components/forms/confirmed-action-button';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { findCheckIns } from '@/lib/participants/find-check-ins';
import { checkInSearchSchema } from '@/lib/participants/schemas';
import { requireActor } from '@/lib/session';
import { checkInAction, undoCheckInAction } from './actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkIn'))('title') };
}

export default async function CheckInPage({ params, searchParams }: Props) {
  const { id } = await params;
  const search = checkInSearchSchema.parse(await searchParams);
  const actor = await requireActor();
  const [desk, t, tp, format] = await Promise.all([
    orRefusalPage(findCheckIns({ actor, input: { ...search, meetingId: id } })),
    getTranslations('checkIn'),
    getTranslations('participants'),
    getFormatter(),
  ]);
  const { meeting, days, today, counts, page } = desk;
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const base = `/meetings/${meeting.id}`;
  return (
    <ClientMessages namespaces={['common']} formErrors={['common']}>
      <p className="mb-3 text-sm">
        <Link href={`${base}/participants`} className="text-brand-700 hover:underline">
          ← {tp('title')}
        </Link>
      </p>
      <PageHeader title={t('title')} intro={`${meeting.title}. ${t('intro')}`} />
      <div className="space-y-6">
        <Panel title={t('counts')}>
          <ul className="flex flex-wrap gap-3 text-sm" aria-label={t('counts')}>
            {counts.map((count) => (
              <li key={count.day} className="rounded-md border border-slate-200 px-3 py-2" data-testid={`count-${count.day}`}>
                <span className="font-medium">{dayLabel(count.day)}</span>
                {count.day === today && <span className="ml-1 text-slate-600">({t('today')})</span>}
                <span className="block text-slate-700">{t('present', { present: count.present, approved: count.approved })}</span>
              </li>
            ))}
          </ul>
        </Panel>
        <form action={`${base}/check-in`} className="flex flex-wrap items-end gap-3" role="search">
          <div>
            <label htmlFor="check-in-search" className="block text-sm font-medium text-slate-800">
              {t('search')}
            </label>
            <input
              id="check-in-search"
              name="q"
              type="search"
              defaultValue={search.q ?? ''}
              aria-describedby="check-in-search-hint"
              className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
            <p id="check-in-search-hint" className="mt-1 text-xs text-slate-600">
              {t('searchHint')}
            </p>
          </div>
          <button type="submit" className={buttonClasses('secondary', 'mb-5')}>
            {t('find')}
          </button>
        </form>
        {page.items.length === 0 ? (
          <EmptyState>{search.q ? t('empty') : t('noneYet')}</EmptyState>
        ) : (
          <DataTable columns={[{ label: t('participant') }, { label: t('days') }]} label={t('title')}>
            {page.items.map((person) => {
              const name = person.honorific ? `${person.honorific} ${person.name}` : person.name;
              return (
                <tr key={person.id}>
                  <th scope="row" className="align-top font-normal">
                    <Link href={`${base}/check-in/${person.id}`} className="font-medium text-brand-700 hover:underline" aria-label={t('openLabel', { name })}>
                      {name}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {person.partyName} · {tp(`roles.${person.delegationRole}`)}
                    </span>
                  </th>
                  <td>
                    <ul className="flex flex-wrap gap-2">
                      {days.map((day) => (
                        <li key={day}>
                          {person.presentDays.includes(day) ? (
                            <span className="flex items-center gap-1">
                              <Badge tone="success">{t('presentOn', { day: dayLabel(day) })}</Badge>
                              <ConfirmedActionButton
                                input={{ meetingId: meeting.id, registrationId: person.id, day }}
                                variant="danger"
                                labels={{
                                  trigger: t('undo'),
                                  triggerAria: t('undoLabel', { name, day: dayLabel(day) }),
                                  title: t('undoTitle', { name, day: dayLabel(day) }),
                                  body: t('undoBody'),
                                }}
                                action={undoCheckInAction}
                              />
                            </span>
                          ) : day > today ? (
                            <span className="text-sm text-slate-600">{t('notYet', { day: dayLabel(day) })}</span>
                          ) : (
                            <CheckInButton
                              input={{ meetingId: meeting.id, registrationId: person.id, day }}
                              label={t('checkInDay', { day: dayLabel(day) })}
                              ariaLabel={t('checkInDayLabel', { name, day: dayLabel(day) })}
                              pendingLabel={t('checkingIn')}
                              action={checkInAction}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <Pagination page={page.page} pageCount={page.pageCount} path={`${base}/check-in`} params={{ q: search.q }} />
      </div>
    </ClientMessages>
  );
}
