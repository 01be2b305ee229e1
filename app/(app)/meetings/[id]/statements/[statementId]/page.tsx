import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ShowOnRoomScreenButton } from '@/components/floor/floor-controls';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AdoptionSection } from '@/components/statements/adoption/adoption-section';
import { AmendedTextPanel } from '@/components/statements/amendments/amended-text';
import { AmendmentsPanel } from '@/components/statements/amendments/amendments-panel';
import { ShapedBy } from '@/components/statements/amendments/shaped-by';
import { CommentsPanel } from '@/components/statements/comments/comments-panel';
import { CirculateForm } from '@/components/statements/statement-controls-lazy';
import { RevisionHistory } from '@/components/statements/revision-history';
import { StatementStatusBadge } from '@/components/statements/statement-status-badge';
import { StatementText } from '@/components/statements/statement-text';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { listHref } from '@/components/ui/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { pageNumberSchema } from '@/lib/pagination';
import { requireActor } from '@/lib/session';
import { getStatement } from '@/lib/statements/get-statement';
import { getAmendedText } from '@/lib/statements/get-amended-text';
import { getStatementAdoption } from '@/lib/statements/get-statement-adoption';
import { getStatementAmendments } from '@/lib/statements/get-statement-amendments';
import { statementPath } from '@/lib/statements/links';
import { defaultCommentDeadline } from '@/lib/statements/silence';
import { showOnRoomScreenAction } from '../../floor/actions';
import { circulateStatementAction } from '../actions';
import * as adoptionActions from '../adoption-actions';
import * as amendmentActions from '../amendment-actions';
import { revisionParam } from './revision-param';

type Props = { params: Promise<{ id: string; statementId: string }>; searchParams: Promise<{ revision?: string; notice?: string; page?: string }> };

const notices = { created: 'created', saved: 'saved', circulated: 'circulatedNotice', merged: 'mergedNotice' } as const;


const loadStatement = cache(async (statementId: string, revision: number | undefined) =>
  orRefusalPage(getStatement({ actor: await requireActor(), input: { statementId, revision } })),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ statementId }, { revision }] = await Promise.all([params, searchParams]);
  const { statement } = await loadStatement(statementId, revisionParam(revision));
  return { title: statement.title };
}

export default async function StatementPage({ params, searchParams }: Props) {
  const [{ id, statementId }, { revision: revisionText, notice, page: pageText }] = await Promise.all([params, searchParams]);
  const amendmentsPage = pageNumberSchema.parse(pageText);
  const actor = await requireActor();
  const [view, amendments, amended, adoption, t, format] = await Promise.all([
    loadStatement(statementId, revisionParam(revisionText)),
    orRefusalPage(getStatementAmendments({ actor, input: { statementId, page: amendmentsPage } })),
    orRefusalPage(getAmendedText({ actor, input: { statementId } })),
    orRefusalPage(getStatementAdoption({ actor, input: { statementId } })),
    getTranslations('statements'),
    getFormatter(),
  ]);
  const { statement, meeting, revision, revisions, paragraphs, can } = view;
  if (statement.meetingId !== id) notFound();
  const timeZone = meeting.timeZone;
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const isLatest = revision.number === statement.currentRevision;
  const noticeKey = notice && notice in notices ? notices[notice as keyof typeof notices] : undefined;
  const amendmentControls = amendments.can.amend || amendments.amendments.some((a) => a.can.cosponsor || a.can.withdraw || a.can.dispose);
  // A delegation comments for its own party when it may propose amendments: the same window.
  const commentsFor = can.amend ? view.partyName : null;
  const listParams = { revision: revisionText };
  // A paragraph names the amendments that shaped it; one listed on another page of them links there.
  const amendmentHref = (label: { number: number; page: number }) =>
    `${label.page === amendments.pagination.page ? '' : listHref(statementPath(statement), { ...listParams, page: label.page > 1 ? String(label.page) : undefined })}#amendment-${label.number}`;

  return (
    <ClientMessages
      hasClientParts={can.circulate || can.showOnScreen || amendmentControls || commentsFor !== null}
      namespaces={[
        // The circulate form's, then the amendment forms' and controls': not the page's own words.
        'statements.circulate',
        'statements.circulateBody',
        'statements.circulateConfirm',
        'statements.circulating',
        'statements.fields.commentDeadline',
        'statements.fields.commentDeadlineHint',
        'statements.amendmentKinds',
        'statements.paragraphKinds',
        'amendments.propose',
        'amendments.target',
        'amendments.controls',
        'amendments.comments',
        'common',
      ]}
      formErrors={['common', 'agenda', 'amendments', 'statementAdoption', 'statements']}
    >
      <p className="mb-3 text-sm">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          ← {t('backToMeeting')}
        </Link>
      </p>
      <PageHeader
        title={statement.title}
        intro={`${t(`kinds.${statement.kind}`)} · ${meeting.title}`}
        actions={
          <>
            <StatementStatusBadge status={statement.status} />
            {can.edit && (
              <ButtonLink variant="secondary" href={`${statementPath(statement)}/edit`}>
                {t('editText')}
              </ButtonLink>
            )}
            {statement.currentRevision > 1 && (
              <ButtonLink variant="secondary" href={`${statementPath(statement)}/compare`}>
                {t('compare')}
              </ButtonLink>
            )}
            <ButtonLink variant="secondary" href={`${statementPath(statement)}/screen`}>
              {t('screen.link')}
            </ButtonLink>
            {view.onRoomScreen.text ? (
              <Badge tone="success">{t('screen.onScreen')}</Badge>
            ) : (
              can.showOnScreen && (
                <ShowOnRoomScreenButton
                  input={{ meetingId: meeting.id, shows: 'statement', statementId: statement.id }}
                  label={t('screen.put')}
                  pendingLabel={t('screen.putPending')}
                  action={showOnRoomScreenAction}
                />
              )
            )}
          </>
        }
      />
      <div className="space-y-6">
        {noticeKey && <Alert tone="success">{t(noticeKey, { revision: statement.currentRevision })}</Alert>}
        {!isLatest && (
          <Alert tone="info">
            {t('olderRevision', { revision: revision.number, latest: statement.currentRevision })}{' '}
            <Link href={statementPath(statement)} className="font-medium underline">
              {t('readLatest')}
            </Link>
          </Alert>
        )}
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(24rem,1fr)]">
          <div className="space-y-6">
            <Panel
              title={t('text')}
              intro={
                revision.authorName
                  ? t('revisionMeta', { revision: revision.number, author: revision.authorName, date: when(revision.createdAt) })
                  : t('revisionMetaUnknown', { revision: revision.number, date: when(revision.createdAt) })
              }
            >
              <StatementText paragraphs={paragraphs} renderAfter={(p) => <ShapedBy amendmentIds={p.amendmentIds} labels={amendments.labels} hrefOf={amendmentHref} />} />
            </Panel>
            {amended && (
              <AmendedTextPanel
                view={amended}
                screenHref={`${statementPath(statement)}/screen?view=amended`}
                docxHref={`${statementPath(statement)}/amended`}
                showOnScreen={can.showOnScreen ? { action: showOnRoomScreenAction, isShown: view.onRoomScreen.amended } : undefined}
              />
            )}
            <AmendmentsPanel
              statement={statement}
              data={amendments}
              timeZone={timeZone}
              listParams={listParams}
              actions={{
                propose: amendmentActions.proposeAmendmentAction,
                cosponsor: amendmentActions.cosponsorAmendmentAction,
                withdrawSupport: amendmentActions.withdrawSupportAction,
                withdraw: amendmentActions.withdrawAmendmentAction,
                dispose: amendmentActions.disposeAmendmentAction,
              }}
              showOnScreen={can.showOnScreen ? { action: showOnRoomScreenAction, shownNumber: view.onRoomScreen.amendmentNumber } : undefined}
            />
            {(statement.circulatedRevision !== null || view.comments.length > 0) && (
              <CommentsPanel
                statementId={statement.id}
                comments={view.comments}
                timeZone={timeZone}
                commentsFor={commentsFor}
                action={amendmentActions.commentOnStatementAction}
                withdrawAction={amendmentActions.withdrawStatementCommentAction}
              />
            )}
            <AdoptionSection adoption={adoption} actions={adoptionActions} />
          </div>
          <div className="space-y-6">
            <Panel title={t('status')}>
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="text-xs text-slate-600">{t('meeting')}</dt>
                  <dd>
                    <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
                      {meeting.title}
                    </Link>
                  </dd>
                </div>
                {view.names.agendaItemTitle && (
                  <div>
                    <dt className="text-xs text-slate-600">{t('agendaItem')}</dt>
                    <dd>{view.names.agendaItemTitle}</dd>
                  </div>
                )}
                <div>
                  <dt className="text-xs text-slate-600">{t('latestRevision')}</dt>
                  <dd>{t('revisionNumber', { revision: statement.currentRevision })}</dd>
                </div>
                {statement.status === 'circulated' && statement.commentDeadline && (
                  <div>
                    <dd>
                      {statement.commentDeadline > new Date()
                        ? t('circulatedUntil', { deadline: when(statement.commentDeadline), timeZone })
                        : t('commentDeadlinePassed', { deadline: when(statement.commentDeadline), timeZone })}
                    </dd>
                  </div>
                )}
              </dl>
            </Panel>
            {can.circulate && (
              <Panel title={t('circulateTitle', { revision: statement.currentRevision })}>
                <CirculateForm statement={statement} timeZone={timeZone} defaultDeadline={defaultCommentDeadline(new Date(), timeZone)} action={circulateStatementAction} />
              </Panel>
            )}
            <Panel title={t('history')} intro={t('historyIntro')}>
              <RevisionHistory statement={statement} revisions={revisions} shown={revision.number} timeZone={timeZone} />
            </Panel>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
