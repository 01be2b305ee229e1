import { useTranslations } from 'next-intl';
import type { ParagraphComparison } from '@/lib/statements/compare';
import { EmptyState } from '../ui/empty-state';

type Part = ParagraphComparison['parts'][number];

/** Words of a comparison marked added or removed; also shows an amendment against its paragraph. */
export function Words({ parts, show }: { parts: Part[]; show: 'both' | 'before' | 'after' }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.added) {
          return show === 'before' ? null : (
            <ins key={index} className="words-added">
              {part.value}
            </ins>
          );
        }
        if (part.removed) {
          return show === 'after' ? null : (
            <del key={index} className="words-removed">
              {part.value}
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </>
  );
}

function Label({ paragraph, side }: { paragraph: ParagraphComparison; side: 'before' | 'after' }) {
  const number = side === 'before' ? paragraph.beforeNumber : paragraph.afterNumber;
  return <span className="w-[2.3em] shrink-0 text-right font-medium text-slate-600">{number === null ? '' : `${number}.`}</span>;
}

/**
 * Two revisions word by word (the words come from the `diff` library): inline, one text with
 * additions and removals marked; or side by side, the older text left and the newer right.
 */
export function RevisionComparison({ paragraphs, view }: { paragraphs: ParagraphComparison[]; view: 'inline' | 'side' }) {
  const t = useTranslations('statements');
  if (paragraphs.every((p) => p.change === 'unchanged')) return <EmptyState>{t('noChanges')}</EmptyState>;
  const note = (p: ParagraphComparison) =>
    p.change === 'added' ? t('added') : p.change === 'removed' ? t('removed') : p.kindChanged ? t('kindChanged', { kind: t(p.afterNumber === null ? 'paragraphKinds.preambular' : 'paragraphKinds.operative') }) : null;

  return (
    <div className="space-y-3">
      <p className="flex gap-4 text-xs text-slate-600">
        <span>
          <ins className="bg-emerald-100 px-1 text-emerald-900 no-underline">{t('legendAdded')}</ins>
        </span>
        <span>
          <del className="bg-red-100 px-1 text-red-900">{t('legendRemoved')}</del>
        </span>
      </p>
      {view === 'inline' ? (
        <ol className="space-y-3" data-testid="comparison-inline">
          {paragraphs.map((p) => (
            <li key={p.key} className="flex gap-2" data-change={p.change}>
              <Label paragraph={p} side={p.change === 'removed' ? 'before' : 'after'} />
              <div>
                <p>
                  <Words parts={p.parts} show="both" />
                </p>
                {note(p) && <p className="text-xs font-medium text-slate-600">{note(p)}</p>}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <table className="w-full table-fixed border-separate border-spacing-y-2 text-sm" data-testid="comparison-side-by-side">
          <thead className="text-left text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="pr-4">
                {t('compareFrom')}
              </th>
              <th scope="col">{t('compareTo')}</th>
            </tr>
          </thead>
          <tbody>
            {paragraphs.map((p) => (
              <tr key={p.key} className="align-top" data-change={p.change}>
                <td className="pr-4">
                  {p.change !== 'added' && (
                    <div className="flex gap-2">
                      <Label paragraph={p} side="before" />
                      <p>
                        <Words parts={p.olderParts} show="before" />
                      </p>
                    </div>
                  )}
                </td>
                <td>
                  {p.change !== 'removed' && (
                    <div className="flex gap-2">
                      <Label paragraph={p} side="after" />
                      <p>
                        <Words parts={p.parts} show="after" />
                      </p>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
