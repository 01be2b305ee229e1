import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { DocumentList } from '@/components/documents/document-list';
import { KeyDates } from '@/components/meetings/key-dates';
import { MeetingStatusBadge } from '@/components/meetings/meeting-status-badge';
import { Timetable } from '@/components/meetings/timetable';
import { PublishedStatementList } from '@/components/statements/adoption/published-statement-list';
import { Alert } from '@/components/ui/alert';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { signInPathFor, signUpPath } from '@/lib/accounts/links';
import { getPublicMeeting } from '@/lib/meetings/get-public-meeting';
import { orRefusalPage } from '@/lib/page-guards';
import { findPublishedStatements } from '@/lib/statements/find-published-statements';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the meeting once per request between them.
const loadMeeting = cache((meetingId: string) => orRefusalPage(getPublicMeeting({ input: { meetingId } })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await loadMeeting((await params).id);
  return { title: meeting.title };
}

// The page anyone may open, signed in or not: when and where, the timetable and the public papers.
export default async function PublicMeetingPage({ params }: Props) {
  const { id } = await params;
  const [{ meeting, sessions, documents, isRegistrationOpen }, statements, t, format] = await Promise.all([
    loadMeeting(id),
    orRefusalPage(findPublishedStatements({ input: { meetingId: id } })),
    getTranslations(),
    getFormatter(),
  ]);
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/public" className="text-brand-700 hover:underline">
          ← {t('publicMeeting.allMeetings')}
        </Link>
      </p>
      <PageHeader
        title={meeting.title}
        intro={`${meeting.seriesName} · ${t('home.number')} ${meeting.number}`}
        actions={<MeetingStatusBadge status={meeting.publicStatus} />}
      />
      <div className="space-y-6">
        {meeting.status === 'cancelled' && meeting.cancellationReason && (
          <Alert tone="info">{t('publicMeeting.cancelled', { reason: meeting.cancellationReason })}</Alert>
        )}
        {isRegistrationOpen && (
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50 px-5 py-4">
            <p className="text-sm text-brand-800">
              {meeting.registrationClosesAt &&
                t('publicMeeting.registerHint', {
                  closes: format.dateTime(meeting.registrationClosesAt, { dateStyle: 'long', timeStyle: 'short', timeZone: meeting.timeZone }),
                })}
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <Link href={signUpPath(meeting.id)} className="text-sm font-medium text-brand-700 hover:underline">
                {t('publicMeeting.signUp')}
              </Link>
              {/* Signed in already, the sign-in page sends them straight on to register. */}
              <ButtonLink href={signInPathFor(meeting.id)}>{t('publicMeeting.register')}</ButtonLink>
            </div>
          </div>
        )}
        <Panel title={t('meetings.keyDates')}>
          <KeyDates meeting={meeting} now={new Date()} />
          {meeting.description && <p className="mt-4 text-sm whitespace-pre-line text-slate-700">{meeting.description}</p>}
          <a className={`${buttonClasses('secondary')} mt-5`} href={`/public/meetings/${meeting.id}/calendar.ics`} download>
            {t('publicMeeting.calendar')}
          </a>
        </Panel>
        <Panel title={t('publicMeeting.timetable')} intro={t('meetings.timeZoneNote', { timeZone: meeting.timeZone })}>
          <Timetable sessions={sessions} timeZone={meeting.timeZone} />
        </Panel>
        {statements.length > 0 && (
          <Panel title={t('statementAdoption.publishedStatements')}>
            <PublishedStatementList statements={statements} timeZone={meeting.timeZone} />
          </Panel>
        )}
        <Panel title={t('publicMeeting.documents')}>
          <DocumentList documents={documents} canUpload={false} meetingId={meeting.id} timeZone={meeting.timeZone} />
        </Panel>
        <Link className={buttonClasses('secondary')} href={`/public/meetings/${meeting.id}/participants`}>
          {t('participants.publicLink')}
        </Link>
      </div>
    </>
  );
}
