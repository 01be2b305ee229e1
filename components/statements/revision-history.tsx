import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { statementPath } from '@/lib/statements/links';

type Revision = { number: number; note: string | null; authorName: string | null; createdAt: Date };

/** Every revision, newest first: who saved it, when (in the meeting's zone) and why, with links to read and compare. */
export function RevisionHistory({
  statement,
  revisions,
  shown,
  timeZone,
}: {
  statement: { id: string; meetingId: string };
  revisions: Revision[];
  shown: number;
  timeZone: string;
}) {
  const t = useTranslations('statements');
  const format = useFormatter();
  const path = statementPath(statement);
  return (
    <ol className="space-y-3 text-sm">
      {revisions.map((revision) => {
        const date = format.dateTime(revision.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone });
        return (
          <li key={revision.number} aria-current={revision.number === shown ? 'true' : undefined}>
            <p className="font-medium text-slate-900">
              {revision.number === shown ? (
                t('revisionNumber', { revision: revision.number })
              ) : (
                <Link href={`${path}?revision=${revision.number}`} className="text-brand-700 hover:underline">
                  {t('read', { revision: revision.number })}
                </Link>
              )}
            </p>
            <p className="text-xs text-slate-600">
              {revision.authorName ? `${revision.authorName} · ${date}` : date}
            </p>
            {revision.note && <p className="text-slate-700">{revision.note}</p>}
            {revision.number > 1 && (
              <Link href={`${path}/compare?from=${revision.number - 1}&to=${revision.number}`} className="text-xs text-brand-700 hover:underline">
                {t('compareWithPrevious', { revision: revision.number, previous: revision.number - 1 })}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}
