import { useFormatter, useTranslations } from 'next-intl';
import type { EvaluationView } from '@/lib/evaluations/get-evaluation';
import { evaluationRatings } from '@/lib/evaluations/values';
import { ProgrammeBarChart } from '../programme/bar-chart-lazy';
import { DataTable } from '../ui/data-table';
import { EmptyState } from '../ui/empty-state';
import { Panel } from '../ui/panel';

// From disagreement (warm) through neither (grey) to agreement (green).
const ratingColors = ['#b91c1c', '#f97316', '#cbd5e1', '#34d399', '#047857'];

type EvaluationResultsProps = { results: NonNullable<EvaluationView['results']> };

/** The answers counted: how many answered of how many took part, each statement's ratings drawn and tabled, and the remarks. */
export function EvaluationResults({ results }: EvaluationResultsProps) {
  const t = useTranslations('evaluations');
  const format = useFormatter();
  const summary = t('responses', { responses: results.responses, participants: results.participants, rate: results.rate ?? 0 });
  if (results.responses === 0) {
    return (
      <Panel title={t('resultsTitle')}>
        <EmptyState>{t('noResponses', { participants: results.participants })}</EmptyState>
      </Panel>
    );
  }
  const data = results.questions.map(({ question, counts }) => ({
    question: t(`questionsShort.${question}`),
    ...Object.fromEntries(counts.map((count, index) => [`r${index + 1}`, count])),
  }));
  return (
    <>
      <Panel title={t('resultsTitle')} intro={summary}>
        <ProgrammeBarChart
          stacked
          horizontal
          category="question"
          data={data}
          series={evaluationRatings.map((rating, index) => ({ key: `r${rating}`, label: t(`ratings.${rating}`), color: ratingColors[index]! }))}
        />
        <div className="mt-4">
          <DataTable
            isDense
            label={t('resultsTable')}
            columns={[{ label: t('statement') }, ...evaluationRatings.map((rating) => ({ label: t(`ratings.${rating}`) })), { label: t('average') }]}
          >
            {results.questions.map(({ question, counts, mean }) => (
              <tr key={question}>
                <th scope="row" className="font-medium">
                  {t(`questions.${question}`)}
                </th>
                {counts.map((count, index) => (
                  <td key={index} className="tabular-nums">
                    {count}
                  </td>
                ))}
                <td className="font-medium tabular-nums">{mean === null ? '—' : format.number(mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </Panel>
      <RemarkList title={t('remarks.mostUseful')} remarks={results.mostUseful} empty={t('noRemarks')} />
      <RemarkList title={t('remarks.improvements')} remarks={results.improvements} empty={t('noRemarks')} />
    </>
  );
}

function RemarkList({ title, remarks, empty }: { title: string; remarks: string[]; empty: string }) {
  return (
    <Panel title={title}>
      {remarks.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {remarks.map((remark, index) => (
            <li key={index} className="border-l-2 border-slate-200 pl-3 text-sm whitespace-pre-line text-slate-800">
              {remark}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
