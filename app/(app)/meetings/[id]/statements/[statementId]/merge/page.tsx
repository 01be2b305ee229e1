import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { MergeForm } from '@/components/statements/amendments/merge-form';
import { RevisionComparison } from '@/components/statements/revision-comparison';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { getMergePreview } from '@/lib/statements/get-merge-preview';
import { statementPath } from '@/lib/statements/links';
import { produceRevisionAction } from '../../amendment-actions';

type Props = { params: Promise<{ id: string; statementId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('amendments'))('merge.pageTitle') };
}

export default async function MergeAmendmentsPage({ params }: Props) {
  const { id, statementId } = await params;
  const [preview, t] = await Promise.all([orRefusalPage(getMergePreview({ actor: await requireActor(), input: { statementId } })), getTranslations('amendments')]);
  const { statement, amendments, conflicts, nextRevision } = preview;
  if (statement.meetingId !== id) notFound();
  const paragraph = (ref: { kind: 'preambular' | 'operative'; number: number }) => t(`target.${ref.kind}`, { number: ref.number });

  return (
    <ClientMessages namespaces={['amendments', 'common']} formErrors={['common', 'amendments', 'statements']}>
      <p className="mb-3 text-sm">
        <Link href={statementPath(statement)} className="text-brand-700 hover:underline">
          ← {statement.title}
        </Link>
      </p>
      <PageHeader title={t('merge.title', { revision: nextRevision })} intro={t('merge.intro', { revision: preview.basedOnRevision })} />
      <div className="space-y-6">
        {preview.undecided > 0 && <Alert tone="info">{t('merge.undecided', { count: preview.undecided })}</Alert>}
        {amendments.length === 0 ? (
          <EmptyState>{t('merge.none')}</EmptyState>
        ) : (
          <>
            <Panel title={t('merge.amendments')}>
              <ul className="space-y-1 text-sm">
                {amendments.map((a) => (
                  <li key={a.id}>
                    <span className="font-medium">{t('heading', { number: a.number, party: a.partyName })}</span>: {t(`does.${a.kind}Short`, { paragraph: paragraph(a.target) })}
                  </li>
                ))}
              </ul>
            </Panel>
            <Panel title={t('merge.preview', { revision: nextRevision })} intro={conflicts.length > 0 ? t('merge.previewUnsettled') : undefined}>
              <RevisionComparison paragraphs={preview.paragraphs} view="inline" />
            </Panel>
            <Panel>
              <MergeForm
                statement={statement}
                basedOnRevision={preview.basedOnRevision}
                nextRevision={nextRevision}
                amendmentIds={amendments.map((a) => a.id)}
                conflicts={conflicts.map((c) => ({ ...c, amendments: c.amendments.map((a) => ({ id: a.id, number: a.number, partyName: a.partyName, words: a.words })) }))}
                action={produceRevisionAction}
              />
            </Panel>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
