import type { ReactNode } from 'react';

/** The message of the 403, 404 and error pages; the app shell, or the caller, gives it its <main>. */
export function StatusPage({ code, title, body, actions }: { code?: string; title: string; body: string; actions: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-start justify-center px-4 py-16">
      {code && <p className="text-sm font-semibold text-brand-700">{code}</p>}
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-sm text-slate-600">{body}</p>
      <div className="mt-6 flex gap-2">{actions}</div>
    </div>
  );
}
