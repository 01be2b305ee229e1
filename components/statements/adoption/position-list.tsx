import { useTranslations } from 'next-intl';
import type { PositionKind } from '@/lib/statements/values';

/** The parties' positions on the adopted text, each with its party and kind, and `recorded` (who and when) where given. */
export function PositionList({ positions }: { positions: { partyName: string; kind: PositionKind; text: string; recorded?: string }[] }) {
  const t = useTranslations('statements.positionKinds');
  return (
    <ul className="space-y-3" data-testid="positions">
      {positions.map((position) => (
        <li key={`${position.partyName} ${position.kind}`} className="text-sm">
          <p className="font-medium text-slate-900">
            {position.partyName}: {t(position.kind)}
          </p>
          <p className="whitespace-pre-line text-slate-800">{position.text}</p>
          {position.recorded && <p className="text-xs text-slate-600">{position.recorded}</p>}
        </li>
      ))}
    </ul>
  );
}
