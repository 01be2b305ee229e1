import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { PaperLinks } from '@/components/statements/adoption/paper-links';
import { PositionList } from '@/components/statements/adoption/position-list';
import { StatementText } from '@/components/statements/statement-text';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { orRefusalPage } from '@/lib/page-guards';
import { getPublishedStatement } from '@/lib/statements/get-published-statement';

type Props = { params: Promise<{ id: string }> };

const loadStatement = cache((statementId: string) => orRefusalPage(getPublishedStatement({ input: { statementId } })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { statement } = await loadStatement((await params).id);
  return { title: statement.title };
}

// The permalink of a published statement, for anyone signed out: the adopted text with its symbol,
// how and when it was adopted, the parties' positions, and the papers to download.
export default async function PublicStatementPage({ params }: Props) {
  const { id } = await params;
  const [{ statement, meeting, paper }, t, format] = await Promise.all([loadStatement(id), getTranslations(), getFormatter()]);
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: 'long', timeStyle: 'short', timeZone: meeting.timeZone });
  return (
    <>
      <PageHeader title={statement.title} intro={[paper.symbol, t(`statements.kinds.${statement.kind}`)].filter(Boolean).join(' · ')} />
      <div className="space-y-6">
        <Panel title={t('statementAdoption.adoption')}>
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-xs text-slate-600">{t('statementAdoption.meeting')}</dt>
              <dd>
                <Link href={`/public/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
                  {meeting.title}
                </Link>
              </dd>
            </div>
            {paper.symbol && (
              <div>
                <dt className="text-xs text-slate-600">{t('statementAdoption.symbol')}</dt>
                <dd>{paper.symbol}</dd>
              </div>
            )}
            <div>
              <dt className="text-xs text-slate-600">{t('statementAdoption.adoption')}</dt>
              <dd data-testid="adoption">
                {t('statementAdoption.adoptedBy', {
                  manner: t(`statementAdoption.manners.${statement.adoptionManner!}`),
                  date: when(statement.adoptedAt!),
                  timeZone: meeting.timeZone,
                })}
              </dd>
            </div>
          </dl>
          <div className="mt-4 flex flex-wrap gap-2">
            <PaperLinks statementId={statement.id} documentId={statement.documentId} />
          </div>
        </Panel>
        <Panel title={t('statementAdoption.adoptedText')}>
          <StatementText paragraphs={paper.paragraphs.map((p, index) => ({ ...p, id: String(index), amendmentIds: [] }))} />
        </Panel>
        {paper.positions.length > 0 && (
          <Panel title={t('statementAdoption.positions')}>
            <PositionList positions={paper.positions} />
          </Panel>
        )}
      </div>
    </>
  );
}
