import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { statementPath } from '@/lib/statements/links';
import type { StatementKind, StatementStatus } from '@/lib/statements/values';
import { EmptyState } from '../ui/empty-state';
import { StatementStatusBadge } from './statement-status-badge';

type Row = { id: string; meetingId: string; title: string; kind: StatementKind; status: StatementStatus; currentRevision: number };

/** A meeting's statements: title, kind, where each stands and its latest revision. */
export function StatementList({ statements, emptyText }: { statements: Row[]; emptyText: string }) {
  const t = useTranslations('statements');
  if (statements.length === 0) return <EmptyState>{emptyText}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100">
      {statements.map((statement) => (
        <li key={statement.id} className="py-2 first:pt-0 last:pb-0">
          <Link href={statementPath(statement)} className="font-medium text-brand-700 hover:underline">
            {statement.title}
          </Link>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <StatementStatusBadge status={statement.status} />
            <span>{t(`kinds.${statement.kind}`)}</span>
            <span>{t('revisionNumber', { revision: statement.currentRevision })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
