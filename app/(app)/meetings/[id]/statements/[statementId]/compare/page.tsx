import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { RevisionComparison } from '@/components/statements/revision-comparison';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { ViewSwitch } from '@/components/ui/view-switch';
import { orRefusalPage } from '@/lib/page-guards';
import { requireActor } from '@/lib/session';
import { getRevisionComparison } from '@/lib/statements/compare-revisions';
import { statementPath } from '@/lib/statements/links';
import { revisionParam } from '../revision-param';

type Props = { params: Promise<{ id: string; statementId: string }>; searchParams: Promise<{ from?: string; to?: string; view?: string }> };


function RevisionSelect(props: { name: string; label: string; value: number; numbers: number[]; optionLabel: (n: number) => string }) {
  return (
    <label className="text-sm">
      <span className="block text-xs font-medium text-slate-700">{props.label}</span>
      <select name={props.name} defaultValue={props.value} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
        {props.numbers.map((n) => (
          <option key={n} value={n}>
            {props.optionLabel(n)}
          </option>
        ))}
      </select>
    </label>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('statements'))('compare') };
}

export default async function CompareRevisionsPage({ params, searchParams }: Props) {
  const [{ id, statementId }, query] = await Promise.all([params, searchParams]);
  const view = query.view === 'side' ? 'side' : 'inline';
  const [comparison, t] = await Promise.all([
    orRefusalPage(
      getRevisionComparison({ actor: await requireActor(), input: { statementId, from: revisionParam(query.from), to: revisionParam(query.to) } }),
    ),
    getTranslations('statements'),
  ]);
  const { statement, from, to, revisionNumbers } = comparison;
  if (statement.meetingId !== id) notFound();
  const path = `${statementPath(statement)}/compare`;
  const viewLink = (target: 'inline' | 'side') => `${path}?from=${from}&to=${to}&view=${target}`;

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={statementPath(statement)} className="text-brand-700 hover:underline">
          ← {t('backToStatement')}
        </Link>
      </p>
      <PageHeader title={t('compareTitle', { title: statement.title })} />
      <Panel>
        {/* A plain GET form: the comparison is a page anyone can bookmark or share. */}
        <form method="get" action={path} className="mb-5 flex flex-wrap items-end gap-3">
          <RevisionSelect name="from" label={t('compareFrom')} value={from} numbers={revisionNumbers} optionLabel={(n) => t('revisionNumber', { revision: n })} />
          <RevisionSelect name="to" label={t('compareTo')} value={to} numbers={revisionNumbers} optionLabel={(n) => t('revisionNumber', { revision: n })} />
          <input type="hidden" name="view" value={view} />
          <button type="submit" className={buttonClasses('secondary')}>
            {t('compareShow')}
          </button>
        </form>
        <ViewSwitch
          label={t('viewLabel')}
          className="mb-4"
          current={view}
          options={[
            { key: 'inline', href: viewLink('inline'), label: t('viewInline') },
            { key: 'side', href: viewLink('side'), label: t('viewSideBySide') },
          ]}
        />
        <h2 className="mb-3 text-sm font-semibold text-slate-900">
          {t('revisionNumber', { revision: from })} → {t('revisionNumber', { revision: to })}
        </h2>
        <RevisionComparison paragraphs={comparison.paragraphs} view={view} />
      </Panel>
    </>
  );
}
