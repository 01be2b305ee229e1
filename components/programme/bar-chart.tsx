'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

// recharts writes the legend's and the tooltip's names in their series' colours, too light to read
// for some (slate-400 is 2.6:1 on white): they are written in the text colour, beside their swatch.
const seriesNameStyle = { color: '#1e293b' };

export type ChartSeries = { key: string; label: string; color: string };

type ProgrammeBarChartProps = {
  /** One object per category: its label under `category`, a number per series key. */
  data: Record<string, string | number>[];
  category: string;
  series: ChartSeries[];
  stacked?: boolean;
  /** Bars along the category axis down the side, for category names too long to stand side by side (areas). */
  horizontal?: boolean;
};

/**
 * A bar chart drawn by recharts. It is a picture only (hidden from assistive technology): the page
 * puts the same numbers in a data table right below it, which screen readers read instead.
 */
export function ProgrammeBarChart({ data, category, series, stacked, horizontal }: ProgrammeBarChartProps) {
  // In the series' order (pledged before paid, as the table's columns), not recharts' alphabetical one.
  const seriesOrder = (item: { dataKey?: unknown }) => series.findIndex((s) => s.key === item.dataKey);
  return (
    <div aria-hidden="true" className="h-72 w-full" data-testid="programme-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={!!horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" tick={{ fontSize: 12 }} allowDecimals={false} tickFormatter={(value: number) => compact.format(value)} />
              <YAxis type="category" dataKey={category} tick={{ fontSize: 12 }} interval={0} width={220} />
            </>
          ) : (
            <>
              <XAxis dataKey={category} tick={{ fontSize: 12 }} interval={0} />
              <YAxis tick={{ fontSize: 12 }} allowDecimals={false} width={56} tickFormatter={(value: number) => compact.format(value)} />
            </>
          )}
          <Tooltip
            itemStyle={seriesNameStyle}
            itemSorter={seriesOrder}
            formatter={(value) => (typeof value === 'number' ? grouped.format(value) : value)}
          />
          <Legend labelStyle={seriesNameStyle} itemSorter={seriesOrder} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
