'use client';

import dynamic from 'next/dynamic';

// recharts is most of the dashboard's JavaScript: the charts load on their own, after the page (with
// its data tables, which carry the same numbers) is usable, into a box of the chart's size.
export const ProgrammeBarChart = dynamic(() => import('./bar-chart').then((m) => m.ProgrammeBarChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-72 w-full" />,
});
