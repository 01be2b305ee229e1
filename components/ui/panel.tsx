import type { ReactNode } from 'react';

/** A titled white section of a page. */
export function Panel({ title, intro, children }: { title?: string; intro?: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs" aria-label={title}>
      {title && <h2 className="text-base font-semibold text-slate-900">{title}</h2>}
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      <div className={title || intro ? 'mt-4' : undefined}>{children}</div>
    </section>
  );
}
