import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { AgendaList } from '@/components/agenda/agenda-list';
import {
  AgendaBuilder,
  AgendaStatusActions,
  IssuePapers,
  ItemConduct,
  TakeUpDeferredButton,
} from '@/components/agenda/agenda-controls-lazy';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { getAgenda } from '@/lib/agenda/get-agenda';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import {
  addAgendaItemAction,
  addFollowUpAction,
  changeAgendaStatusAction,
  changeItemStatusAction,
  issueAgendaDocumentAction,
  moveAgendaItemAction,
  recordOutcomeAction,
  removeAgendaItemAction,
  updateAgendaItemAction,
} from './actions';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Agenda' };

export default async function AgendaPage({ params }: Props) {
  const { id } = await params;
  const [view, t, format] = await Promise.all([
    orRefusalPage(getAgenda({ actor: await requireActor(), input: { meetingId: id } })),
    getTranslations(),
    getFormatter(),
  ]);
  const { meeting, agenda, items, can } = view;
  const hasControls = can.edit || can.conduct || can.statusChanges.length > 0;
  const parties = view.parties.map((party) => ({ id: party.id, label: party.name }));
  return (
    <ClientMessages hasClientParts={hasControls} namespaces={['agenda', 'common', 'audit.becomes']} formErrors={['common', 'agenda']}>
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {meeting.title}
        </Link>
      </p>
      <PageHeader
        title={t('agenda.title')}
        intro={meeting.title}
        actions={<Badge tone={agenda.status === 'adopted' ? 'success' : 'neutral'}>{t(`agenda.status.${agenda.status}`)}</Badge>}
      />
      <div className="space-y-6">
        {agenda.status === 'adopted' && agenda.adoptedAt && (
          <Alert tone="info">
            {t('agenda.adoptedOn', {
              at: format.dateTime(agenda.adoptedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: meeting.timeZone }),
              by: agenda.adoptedByName ?? '—',
            })}
          </Alert>
        )}
        {view.inDiscussion && (
          <Alert tone="success" testId="in-discussion">
            {t('agenda.inDiscussionNow', { item: `${view.inDiscussion.number}. ${view.inDiscussion.title}` })}{' '}
            <Link href={`/meetings/${meeting.id}/floor`} className="font-medium underline">
              {t('floor.openList')}
            </Link>
          </Alert>
        )}
        {(can.statusChanges.length > 0 || can.edit) && (
          <Panel title={t('agenda.lifecycle')} intro={t('agenda.lifecycleIntro')}>
            <div className="flex flex-col gap-4 md:flex-row md:justify-between">
              <AgendaStatusActions meetingId={meeting.id} changes={can.statusChanges} action={changeAgendaStatusAction} />
              {can.edit && items.length > 0 && (
                <IssuePapers meetingId={meeting.id} hasAgendaDocument={agenda.hasAgendaDocument} action={issueAgendaDocumentAction} />
              )}
            </div>
          </Panel>
        )}
        {can.edit && (
          <Panel title={t('agenda.builder')} intro={can.needsReason ? t('agenda.builderIntroAdopted') : t('agenda.builderIntro')}>
            <AgendaBuilder
              meetingId={meeting.id}
              version={agenda.version}
              needsReason={can.needsReason}
              items={items.map((item) => ({
                id: item.id,
                parentId: item.parentId,
                position: item.position,
                title: item.title,
                annotation: item.annotation,
                kind: item.kind,
                presenterKind: item.presenterKind,
                presenterPartyId: item.presenterPartyId,
                presenterName: item.presenterName,
                durationMinutes: item.durationMinutes,
                sessionId: item.sessionId,
                isRecurring: item.isRecurring,
                status: item.status,
                documentIds: item.documents.map((document) => document.documentId),
              }))}
              options={{
                parties,
                sessions: view.sessions.map((session) => ({ id: session.id, label: session.title })),
                documents: view.documents.map((document) => ({ id: document.id, label: `${document.symbol} ${document.title}` })),
              }}
              moveAction={moveAgendaItemAction}
              addAction={addAgendaItemAction}
              updateAction={updateAgendaItemAction}
              removeAction={removeAgendaItemAction}
            />
          </Panel>
        )}
        {can.edit && (view.earlierFollowUps.length > 0 || view.deferredItems.length > 0) && (
          <Panel title={t('agenda.carriedOver')} intro={t('agenda.carriedOverIntro')}>
            {view.earlierFollowUps.length > 0 && (
              <section aria-labelledby="open-follow-ups">
                <h3 id="open-follow-ups" className="text-sm font-semibold text-slate-900">
                  {t('agenda.openFollowUps')}
                </h3>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="earlier-follow-ups">
                  {view.earlierFollowUps.map((followUp) => (
                    <li key={followUp.id}>
                      {followUp.description} — {followUp.ownerName ?? t('agenda.followUp.secretariat')} (
                      {t('agenda.fromMeeting', { number: followUp.meetingNumber, item: followUp.itemTitle })})
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {view.deferredItems.length > 0 && (
              <section aria-labelledby="deferred-items" className="mt-4">
                <h3 id="deferred-items" className="text-sm font-semibold text-slate-900">
                  {t('agenda.deferredItems')}
                </h3>
                <ul className="mt-2 space-y-2 text-sm text-slate-800">
                  {view.deferredItems.map((item) => (
                    <li key={item.id} className="flex flex-wrap items-center gap-2">
                      <span>
                        {item.title} ({t('agenda.fromMeetingShort', { number: item.meetingNumber })})
                      </span>
                      <TakeUpDeferredButton meetingId={meeting.id} item={item} action={addAgendaItemAction} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </Panel>
        )}
        <Panel title={t(`agenda.heading.${agenda.status}`)}>
          {items.length === 0 ? (
            <p className="text-sm text-slate-600">{t('agenda.empty')}</p>
          ) : (
            <AgendaList
              items={items}
              renderControls={
                can.conduct
                  ? (item) => (
                      <ItemConduct
                        item={{ id: item.id, number: item.number, title: item.title, status: item.status, outcome: item.outcome }}
                        parties={parties}
                        statusAction={changeItemStatusAction}
                        outcomeAction={recordOutcomeAction}
                        followUpAction={addFollowUpAction}
                      />
                    )
                  : undefined
              }
            />
          )}
        </Panel>
      </div>
    </ClientMessages>
  );
}
