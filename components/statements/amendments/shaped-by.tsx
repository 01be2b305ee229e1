import { useTranslations } from 'next-intl';

type Label = { number: number; partyName: string; page: number };

/** Below a paragraph: the amendments merged into it ("Amendment 2 (Japan)"), each linking to where it is listed. */
export function ShapedBy({ amendmentIds, labels, hrefOf }: { amendmentIds: string[]; labels: Record<string, Label>; hrefOf: (label: Label) => string }) {
  const t = useTranslations('amendments');
  const named = amendmentIds.flatMap((id) => (labels[id] ? [labels[id]] : []));
  if (named.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="shaped-by">
      {t('shapedBy')}{' '}
      {named.map((label, index) => (
        <span key={label.number}>
          {index > 0 && ', '}
          <a href={hrefOf(label)} className="text-brand-700 hover:underline">
            {t('heading', { number: label.number, party: label.partyName })}
          </a>
        </span>
      ))}
    </p>
  );
}
