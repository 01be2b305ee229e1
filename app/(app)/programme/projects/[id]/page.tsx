import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ProjectStatusBadge } from '@/components/programme/badges';
import { EditReviewForm, PrepareReviewForm, ProjectStatusActions } from '@/components/programme/controls';
import { ReviewTimeline } from '@/components/programme/review-timeline';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getReviewFormOptions } from '@/lib/programme/get-programme-form-options';
import { getProject } from '@/lib/programme/get-project';
import { formatAmount } from '@/lib/programme/money';
import { requireActor } from '@/lib/session';
import {
  changeProjectStatusAction,
  commentOnReviewAction,
  editReviewAction,
  editReviewCommentAction,
  prepareReviewAction,
  recordDecisionAction,
} from '../../actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; review?: string; comment?: string }> };

const loadProject = cache(async (projectId: string) => orRefusalPage(getProject({ actor: await requireActor(), input: { projectId } })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await loadProject((await params).id);
  return { title: `${project.code}: ${project.title}` };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice, review: reviewToEdit, comment: commentToEdit } = await searchParams;
  const actor = await requireActor();
  const [{ project, partners, reviews, can }, t, format] = await Promise.all([loadProject(id), getTranslations('programme'), getFormatter()]);
  const options = can.review ? await getReviewFormOptions({ actor }) : null;
  const reviewedMeetings = new Set(reviews.map((r) => r.review.meetingId));
  const editedReview = reviews.find((r) => r.review.id === reviewToEdit && r.can.edit);
  const projectPath = `/programme/projects/${project.id}`;
  const hasControls = can.manage || reviews.some((r) => r.can.comment || r.can.decide || r.comments.some((c) => c.can.edit));
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : t('notSet'));

  return (
    <ClientMessages hasClientParts={hasControls} namespaces={['programme', 'common']} formErrors={['common', 'programme']}>
      <p className="mb-3 text-sm">
        <Link href="/programme" className="text-brand-700 hover:underline">
          ← {t('backToProjects')}
        </Link>
      </p>
      <PageHeader
        title={project.title}
        intro={`${project.code} · ${project.areaName}`}
        actions={
          <>
            <ProjectStatusBadge status={project.status} />
            {can.edit && (
              <ButtonLink href={`${projectPath}/edit`} variant="secondary">
                {t('editProject')}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="space-y-6">
        {notice === 'created' && <Alert tone="success">{t('projectCreated')}</Alert>}
        {notice === 'saved' && <Alert tone="success">{t('projectSaved')}</Alert>}
        {notice === 'reviewChanged' && <Alert tone="success">{t('reviewChanged')}</Alert>}
        {notice === 'commentChanged' && <Alert tone="success">{t('commentChanged')}</Alert>}
        {notice === 'commentSent' && <Alert tone="success">{t('commentSent')}</Alert>}
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(24rem,1fr)]">
          <div className="space-y-6">
            <Panel title={t('details')}>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <Detail label={t('area')}>{project.areaName}</Detail>
                <Detail label={t('lead')}>{project.leadPartyName ?? t('none')}</Detail>
                <Detail label={t('partners')}>{partners.length > 0 ? partners.map((p) => p.name).join(', ') : t('none')}</Detail>
                <Detail label={t('implementingPartners')}>{project.implementingPartners ?? t('none')}</Detail>
                <Detail label={t('period')}>
                  {day(project.startDate)} – {day(project.endDate)}
                </Detail>
                <Detail label={t('budget')}>
                  {project.budgetAmount && project.budgetCurrency ? formatAmount(project.budgetAmount, project.budgetCurrency) : t('notSet')}
                </Detail>
                <Detail label={t('fundingSource')}>{t(`fundingSources.${project.fundingSource}`)}</Detail>
              </dl>
              {project.summary && (
                <>
                  <h3 className="mt-5 text-sm font-semibold text-slate-900">{t('summary')}</h3>
                  <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{project.summary}</p>
                </>
              )}
              {project.expectedOutputs && (
                <>
                  <h3 className="mt-4 text-sm font-semibold text-slate-900">{t('expectedOutputs')}</h3>
                  <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{project.expectedOutputs}</p>
                </>
              )}
            </Panel>
            <Panel title={t('timeline')} intro={t('timelineIntro')}>
              <ReviewTimeline
                reviews={reviews}
                projectPath={projectPath}
                commentToEdit={commentToEdit ?? null}
                commentAction={commentOnReviewAction}
                editCommentAction={editReviewCommentAction}
                decisionAction={recordDecisionAction}
              />
            </Panel>
          </div>
          <div className="space-y-6">
            {can.manage && (
              <Panel title={t('projectStatus')}>
                <ProjectStatusActions project={project} changes={can.statusChanges} action={changeProjectStatusAction} />
              </Panel>
            )}
            {options && editedReview && (
              <div id="review-form" className="scroll-mt-6">
                <Panel title={t('editReviewTitle', { meeting: editedReview.meetingTitle })} intro={t('editReviewIntro')}>
                  <EditReviewForm
                    key={editedReview.review.id}
                    review={{
                      reviewId: editedReview.review.id,
                      version: editedReview.review.version,
                      agendaItemId: editedReview.review.agendaItemId ?? '',
                      rating: editedReview.review.rating,
                      progressSummary: editedReview.review.progressSummary,
                      recommendation: editedReview.review.recommendation,
                      commentDeadline: editedReview.review.commentDeadline,
                    }}
                    meetingTitle={editedReview.meetingTitle}
                    agendaItems={options.agendaItems.filter((item) => item.meetingId === editedReview.review.meetingId)}
                    projectPath={projectPath}
                    action={editReviewAction}
                  />
                </Panel>
              </div>
            )}
            {options && !editedReview && (
              <Panel title={t('prepareReview')} intro={t('prepareReviewIntro')}>
                <PrepareReviewForm
                  projectId={project.id}
                  meetings={options.meetings.filter((m) => !reviewedMeetings.has(m.id))}
                  isEveryOpenMeetingReviewed={options.meetings.length > 0 && options.meetings.every((m) => reviewedMeetings.has(m.id))}
                  agendaItems={options.agendaItems}
                  action={prepareReviewAction}
                />
              </Panel>
            )}
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}
