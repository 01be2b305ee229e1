import { useTranslations } from 'next-intl';
import type { ShownChange } from '@/lib/changes';

/** A field's change as "Venue: Lotte Hotel → Coex", already worded (lib/changes.ts, showChanges). */
export function ChangeList({ changes }: { changes: ShownChange[] }) {
  const t = useTranslations('audit');
  return (
    <ul className="space-y-0.5">
      {changes.map(({ field, label, before, after }) => (
        <li key={field}>
          <span className="font-medium">{label}</span>:{' '}
          {before !== undefined && after !== undefined ? (
            <>
              <del className="decoration-slate-400">{before}</del>{' '}
              <span role="img" aria-label={t('becomes')}>
                →
              </span>{' '}
              <ins className="no-underline">{after}</ins>
            </>
          ) : (
            (after ?? before)
          )}
        </li>
      ))}
    </ul>
  );
}
