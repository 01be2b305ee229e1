import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';

type ChartPanelProps = {
  id: string;
  title: string;
  intro?: string;
  /** Where the chart's numbers download as CSV. */
  csvHref: string;
  chart: ReactNode;
  table: ReactNode;
};

/** A chart with its data table (what screen readers read) and a CSV download of the same numbers. */
export function ChartPanel({ id, title, intro, csvHref, chart, table }: ChartPanelProps) {
  const t = useTranslations('programme.chart');
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
        </div>
        <a href={csvHref} download className="text-sm font-medium text-brand-700 hover:underline" aria-label={t('downloadCsv', { title })}>
          CSV
        </a>
      </div>
      <div className="mt-4">{chart}</div>
      <div className="mt-4">{table}</div>
    </section>
  );
}
