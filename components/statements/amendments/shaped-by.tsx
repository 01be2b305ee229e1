import { useTranslations } from 'next-intl';

/** Below a paragraph: the amendments merged into it ("Amendment 2 (Japan)"). */
export function ShapedBy({ amendmentIds, labels }: { amendmentIds: string[]; labels: Record<string, { number: number; partyName: string }> }) {
  const t = useTranslations('amendments');
  const named = amendmentIds.flatMap((id) => (labels[id] ? [labels[id]] : []));
  if (named.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="shaped-by">
      {t('shapedBy')}{' '}
      {named.map((label, index) => (
        <span key={label.number}>
          {index > 0 && ', '}
          <a href={`#amendment-${label.number}`} className="text-brand-700 hover:underline">
            {t('heading', { number: label.number, party: label.partyName })}
          </a>
        </span>
      ))}
    </p>
  );
}
