import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { DocumentList } from '@/components/documents/document-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { KeyDates } from '@/components/meetings/key-dates';
import { AddSessionForm, EditSessionForm, RemoveSessionButton, StatusActions } from '@/components/meetings/meeting-controls';
import { MeetingStatusBadge } from '@/components/meetings/meeting-status-badge';
import { ParticipantLinks } from '@/components/participants/participant-links';
import { Timetable } from '@/components/meetings/timetable';
import { ParticipationPanel } from '@/components/registrations/participation-panel';
import { StatementList } from '@/components/statements/statement-list';
import { MeetingReviews } from '@/components/programme/meeting-reviews';
import { Alert } from '@/components/ui/alert';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { evaluationPath } from '@/lib/evaluations/links';
import { meetingTakesEvaluation } from '@/lib/evaluations/rules';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { orRefusalPage } from '@/lib/page-guards';
import { participantAbilities } from '@/lib/participants/access';
import { requireActor } from '@/lib/session';
import { instantToZonedLocal } from '@/lib/time-zones';
import { addSessionAction, changeMeetingStatusAction, editSessionAction, removeSessionAction } from '../actions';
import { changeDocumentAccessAction, withdrawDocumentAction } from './documents/actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; session?: string; symbol?: string }> };

const notices = {
  created: 'meetings.created',
  saved: 'meetings.saved',
  planned: 'meetings.planned',
  documentUploaded: 'documents.uploadedNotice',
  sessionSaved: 'meetings.sessionSaved',
} as const;

// The title and the page read the meeting once per request between them.
const loadMeeting = cache(async (meetingId: string) => orRefusalPage(getMeeting({ actor: await requireActor(), input: { meetingId } })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await loadMeeting((await params).id);
  return { title: meeting.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice, session: sessionToEdit, symbol } = await searchParams;
  const [{ meeting, sessions, documents, can, today, registrationCounts, ownRegistrationStatus, agenda, reviews, statements: meetingStatements, paperUses }, t] = await Promise.all([
    loadMeeting(id),
    getTranslations(),
  ]);
  const noticeKey = notice && notice in notices ? notices[notice as keyof typeof notices] : undefined;
  const editedSession = sessionToEdit ? sessions.find((session) => session.id === sessionToEdit) : undefined;
  // Named only if it is one of the meeting's papers: a link cannot make the page say anything else.
  const uploadedSymbol = documents.find((document) => document.symbol === symbol)?.symbol;
  // At a glance, the papers that stand: staff's list also shows those withdrawn, marked.
  const standingDocuments = documents.filter((d) => !d.withdrawnAt);
  const publicDocuments = standingDocuments.filter((d) => d.isPublic).length;

  // Only staff and the meeting's chair get controls, the page's only client parts.
  const hasControls = can.edit || can.changeStatus;
  return (
    <ClientMessages hasClientParts={hasControls} namespaces={['meetings', 'meetingStatus', 'common']} formErrors={['common']}>
      <p className="mb-3 text-sm">
        <Link href="/" className="text-brand-700 hover:underline">
          ← {t('meetings.backToList')}
        </Link>
      </p>
      <PageHeader
        title={meeting.title}
        intro={`${meeting.seriesName} · ${t('home.number')} ${meeting.number}`}
        actions={
          <>
            <MeetingStatusBadge status={meeting.status} />
            {can.edit && (
              <ButtonLink variant="secondary" href={`/meetings/${meeting.id}/edit`}>
                {t('meetings.edit')}
              </ButtonLink>
            )}
            {can.planNext && (
              <ButtonLink variant="secondary" href={`/meetings/${meeting.id}/plan-next`}>
                {t('meetings.planNext')}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="space-y-6">
        {noticeKey && <Alert tone="success">{t(noticeKey, { number: meeting.number, symbol: uploadedSymbol ?? 'none' })}</Alert>}
        {agenda.inDiscussion && (
          <Alert tone="success" testId="in-discussion">
            {t('agenda.inDiscussionNow', { item: `${agenda.inDiscussion.number}. ${agenda.inDiscussion.title}` })}{' '}
            <Link href={`/meetings/${meeting.id}/floor`} className="font-medium underline">
              {t('floor.openList')}
            </Link>
          </Alert>
        )}
        {meeting.status === 'cancelled' && meeting.cancellationReason && (
          <Alert tone="info">{t('meetings.cancelledBecause', { reason: meeting.cancellationReason })}</Alert>
        )}
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(24rem,1fr)]">
          <div className="space-y-6">
            <Panel title={t('meetings.keyDates')}>
              <KeyDates meeting={meeting} now={new Date()} />
              {meeting.description && <p className="mt-4 text-sm whitespace-pre-line text-slate-700">{meeting.description}</p>}
            </Panel>
            <Panel title={t('meetings.timetable')} intro={t('meetings.timeZoneNote', { timeZone: meeting.timeZone })}>
              <Timetable
                sessions={sessions}
                timeZone={meeting.timeZone}
                renderAction={
                  can.edit
                    ? (session) => (
                        <span className="flex items-center gap-1">
                          <Link
                            href={`/meetings/${meeting.id}?session=${session.id}#session-form`}
                            className={buttonClasses('ghost')}
                            aria-label={t('meetings.editSessionLabel', { title: session.title })}
                          >
                            {t('meetings.editSession')}
                          </Link>
                          <RemoveSessionButton session={session} action={removeSessionAction} />
                        </span>
                      )
                    : undefined
                }
              />
              {can.edit && (
                <div id="session-form" className="mt-6 scroll-mt-6 border-t border-slate-200 pt-5">
                  {editedSession ? (
                    <EditSessionForm
                      key={editedSession.id}
                      session={{
                        id: editedSession.id,
                        title: editedSession.title,
                        room: editedSession.room ?? '',
                        startsAt: instantToZonedLocal(editedSession.startsAt, meeting.timeZone),
                        endsAt: instantToZonedLocal(editedSession.endsAt, meeting.timeZone),
                      }}
                      meetingPath={`/meetings/${meeting.id}`}
                      action={editSessionAction}
                    />
                  ) : (
                    <>
                      {sessionToEdit && <Alert tone="info">{t('meetings.sessionNotOnTimetable')}</Alert>}
                      <AddSessionForm
                        meetingId={meeting.id}
                        defaultStart={`${meeting.startDate}T09:30`}
                        defaultEnd={`${meeting.startDate}T10:30`}
                        action={addSessionAction}
                      />
                    </>
                  )}
                </div>
              )}
            </Panel>
            <Panel title={t('statements.panelTitle')} intro={t('statements.panelIntro')}>
              <StatementList
                statements={meetingStatements.statements}
                emptyText={meetingStatements.canCreate ? t('statements.emptyForStaff') : t('statements.empty')}
              />
              {meetingStatements.canCreate && (
                <Link className={`${buttonClasses('secondary')} mt-4`} href={`/meetings/${meeting.id}/statements/new`}>
                  {t('statements.newStatement')}
                </Link>
              )}
            </Panel>
            <Panel title={t('meetings.documents')}>
              <DocumentList
                documents={documents}
                canUpload={can.uploadDocuments}
                meetingId={meeting.id}
                accessAction={can.uploadDocuments ? changeDocumentAccessAction : undefined}
                withdrawAction={can.uploadDocuments ? withdrawDocumentAction : undefined}
                paperUses={paperUses}
                timeZone={meeting.timeZone}
              />
            </Panel>
          </div>
          <div className="space-y-6">
            {can.changeStatus && (
              <Panel title={t('meetings.lifecycle')}>
                <StatusActions meeting={meeting} changes={can.statusChanges} today={today} action={changeMeetingStatusAction} />
              </Panel>
            )}
            <Panel title={t('agenda.meetingPanel')}>
              <p className="mb-3 text-sm text-slate-800">
                {agenda.itemCount === 0
                  ? t('agenda.meetingPanelEmpty')
                  : t('agenda.meetingPanelStatus', { status: t(`agenda.status.${agenda.status}`), count: agenda.itemCount })}
              </p>
              <div className="flex flex-wrap gap-2">
                <Link className={buttonClasses('secondary')} href={`/meetings/${meeting.id}/agenda`}>
                  {t('agenda.meetingPanelLink')}
                </Link>
                {meetingTakesEvaluation(meeting.status) && (
                  <>
                    <Link className={buttonClasses('secondary')} href={`/meetings/${meeting.id}/floor`}>
                      {t('floor.link')}
                    </Link>
                    <Link className={buttonClasses('secondary')} href={evaluationPath(meeting.id)}>
                      {t('evaluations.link')}
                    </Link>
                  </>
                )}
              </div>
            </Panel>
            <ParticipationPanel meetingId={meeting.id} counts={registrationCounts} can={can} ownStatus={ownRegistrationStatus} />
            <Panel title={t('programme.reviewsDue')} intro={t('programme.reviewsDueIntro')}>
              <MeetingReviews reviews={reviews} />
            </Panel>
            <Panel title={t('meetings.counts')}>
              <ul className="space-y-2 text-sm text-slate-800">
                <li>{t('meetings.sessionCount', { count: sessions.length })}</li>
                <li>
                  {t('meetings.documentCount', { count: standingDocuments.length })}
                  {standingDocuments.length > 0 && ` (${t('meetings.publicDocumentCount', { count: publicDocuments })})`}
                </li>
              </ul>
            </Panel>
            <Panel>
              <div className="flex flex-col gap-2">
                <ParticipantLinks meetingId={meeting.id} can={participantAbilities(await requireActor(), meeting)} />
                {can.manageInvitations && (
                  <Link className={buttonClasses('secondary')} href={`/meetings/${meeting.id}/invitations`}>
                    {t('invitations.title')}
                  </Link>
                )}
                {can.sendNotices && (
                  <Link className={buttonClasses('secondary')} href={`/meetings/${meeting.id}/notices`}>
                    {t('notices.title')}
                  </Link>
                )}
                <Link className={buttonClasses('secondary')} href={`/public/meetings/${meeting.id}`}>
                  {t('meetings.publicPage')}
                </Link>
                <a className={buttonClasses('secondary')} href={`/public/meetings/${meeting.id}/calendar.ics`} download>
                  {t('meetings.calendar')}
                </a>
              </div>
            </Panel>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
