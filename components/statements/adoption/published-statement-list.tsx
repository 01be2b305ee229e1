import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { PublishedStatementSummary } from '@/db/queries/statement-adoption';
import { publicStatementPath } from '@/lib/statements/links';

/** A meeting's published statements on its public page: symbol, title, and how and when each was adopted. */
export function PublishedStatementList({ statements, timeZone }: { statements: PublishedStatementSummary[]; timeZone: string }) {
  const t = useTranslations('statementAdoption');
  const format = useFormatter();
  return (
    <ul className="divide-y divide-slate-100">
      {statements.map((statement) => (
        <li key={statement.id} className="py-2 text-sm">
          <Link href={publicStatementPath(statement.id)} className="font-medium text-brand-700 hover:underline">
            {statement.title}
          </Link>
          <p className="text-xs text-slate-600">
            {[
              statement.symbol,
              statement.adoptedAt &&
                statement.adoptionManner &&
                t('adoptedBy', {
                  manner: t(`manners.${statement.adoptionManner}`),
                  date: format.dateTime(statement.adoptedAt, { dateStyle: 'long', timeStyle: 'short', timeZone }),
                  timeZone,
                }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
