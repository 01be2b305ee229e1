import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { FollowUpStatusForm } from '@/components/agenda/agenda-controls-lazy';
import { FollowUpNotices } from '@/components/agenda/follow-up-notices';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectInput } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { findFollowUps } from '@/lib/agenda/find-follow-ups';
import { findFollowUpsSchema } from '@/lib/agenda/schemas';
import { followUpStatuses } from '@/lib/agenda/values';
import { orRefusalPage } from '@/lib/page-guards';
import { can } from '@/lib/permissions';
import { requireActor } from '@/lib/session';
import { changeFollowUpStatusAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUps'))('title') };
}

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const input = findFollowUpsSchema.parse(await searchParams);
  const [result, t, format] = await Promise.all([orRefusalPage(findFollowUps({ actor, input })), getTranslations(), getFormatter()]);
  const { page } = result;
  const canChange = can(actor, 'agenda:manage');
  const params = {
    status: input.status,
    overdue: input.overdue ? '1' : undefined,
    party: input.party,
    meeting: input.meeting,
  };
  const list = (
    <>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('common.resultCount', { count: page.total })}
      </p>
      {page.items.length === 0 ? (
        <EmptyState>{t('followUps.empty')}</EmptyState>
      ) : (
        <DataTable
          label={t('followUps.title')}
          columns={[
            { label: t('followUps.what') },
            { label: t('followUps.owner') },
            { label: t('followUps.due') },
            { label: t('followUps.from') },
            { label: t('followUps.state') },
            ...(canChange ? [{ label: t('followUps.change'), isLabelHidden: true }] : []),
          ]}
        >
          {page.items.map((followUp) => (
            <tr key={followUp.id} id={`follow-up-${followUp.id}`}>
              <td className="text-slate-900">
                {followUp.description}
                {followUp.note && <span className="block text-xs text-slate-600">{followUp.note}</span>}
              </td>
              <td>{followUp.ownerName ?? t('agenda.followUp.secretariat')}</td>
              <td>
                {followUp.dueDate
                  ? format.dateTime(new Date(`${followUp.dueDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
                  : t('agenda.followUp.byNextMeetingShort')}
                {followUp.isOverdue && (
                  <span className="ml-2">
                    <Badge tone="danger">{t('followUps.overdueBadge')}</Badge>
                  </span>
                )}
              </td>
              <td>
                <Link className="text-brand-700 hover:underline" href={`/meetings/${followUp.meetingId}/agenda`}>
                  {followUp.meetingTitle}
                </Link>
                <span className="block text-xs text-slate-600">{followUp.itemTitle}</span>
              </td>
              <td>{t(`agenda.followUpStatus.${followUp.status}`)}</td>
              {canChange && (
                <td>
                  <FollowUpStatusForm
                    followUp={{ id: followUp.id, description: followUp.description, status: followUp.status, note: followUp.note }}
                    action={changeFollowUpStatusAction}
                  />
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
  return (
    <ClientMessages
      hasClientParts={canChange}
      namespaces={['followUps', 'agenda.followUpStatus', 'common', 'audit.becomes']}
      formErrors={['common', 'agenda']}
    >
      <PageHeader title={t('followUps.title')} intro={result.isOwnPartyOnly ? t('followUps.introOwnParty') : t('followUps.intro')} />
      <form action="/follow-ups" aria-label={t('followUps.filters')} className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-status" className="mb-1 block text-xs font-medium text-slate-700">
            {t('followUps.status')}
          </label>
          <SelectInput id="filter-status" name="status" defaultValue={input.status}>
            {followUpStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`agenda.followUpStatus.${status}`)}
              </option>
            ))}
            <option value="all">{t('followUps.allStatuses')}</option>
          </SelectInput>
        </div>
        {!result.isOwnPartyOnly && (
          <FilterSelect
            id="filter-party"
            name="party"
            label={t('followUps.party')}
            allLabel={t('followUps.allParties')}
            options={result.parties.map((party) => ({ value: party.id, label: party.name }))}
            selected={input.party}
          />
        )}
        <FilterSelect
          id="filter-meeting"
          name="meeting"
          label={t('followUps.meeting')}
          allLabel={t('followUps.allMeetings')}
          options={result.meetings.map((meeting) => ({ value: meeting.id, label: meeting.title }))}
          selected={input.meeting}
          className="max-w-72"
        />
        <div className="flex items-center gap-2 pb-2">
          <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={input.overdue} className="size-4 accent-brand-700" />
          <label htmlFor="filter-overdue" className="text-sm text-slate-800">
            {t('followUps.overdue')}
          </label>
        </div>
        <button type="submit" className={buttonClasses('secondary')}>
          {t('followUps.filter')}
        </button>
      </form>
      {canChange ? <FollowUpNotices filterStatus={input.status}>{list}</FollowUpNotices> : list}
      <Pagination page={page.page} pageCount={page.pageCount} path="/follow-ups" params={params} />
    </ClientMessages>
  );
}
